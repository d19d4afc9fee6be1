package org.dyad.pipeline;

import org.dyad.actors.ActorResolver;
import org.dyad.events.EventCoder;
import org.dyad.geo.EventPlaces;
import org.dyad.nlp.NlpAnnotator;
import org.dyad.quotes.QuoteExtractor;
import org.dyad.text.TextCleaner;

/** The standard stages, each a thin adapter from the draft to one component. */
final class Stages {
  private Stages() {}

  static Stage clean(TextCleaner cleaner) {
    return d -> d.withClean(cleaner.clean(d.source().text()));
  }

  static Stage nlp(NlpAnnotator annotator) {
    return d -> d.withNlp(annotator.annotate(d.clean().cleaned(), d.source().date())
        .withOriginal((start, end) -> d.clean().toOriginalSpan(start, end).text()));
  }

  static Stage actors(ActorResolver resolver) {
    return d -> d.withActors(resolver.resolve(d.nlp()));
  }

  static Stage events(EventCoder coder) {
    return d -> d.withEvents(coder.code(d.nlp(), d.actors(), d.quotes(), d.source().date()));
  }

  /** Resolves each event's place in the gazetteer: after the events, before offsets map to the original. */
  static Stage places(EventPlaces places) {
    return d -> d.withEvents(places.locate(d.nlp(), d.actors(), d.events()));
  }

  static Stage quotes(QuoteExtractor extractor) {
    return d -> d.withQuotes(extractor.extract(d.nlp(), d.actors()));
  }
}
