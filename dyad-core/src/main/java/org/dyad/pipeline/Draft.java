package org.dyad.pipeline;

import java.util.List;
import org.dyad.actors.ActorSet;
import org.dyad.input.SourceDocument;
import org.dyad.model.Event;
import org.dyad.model.Quote;
import org.dyad.nlp.NlpDocument;
import org.dyad.text.CleanText;

/**
 * An article part-way through the pipeline: each stage returns a new draft with its own field filled.
 * Offsets of {@code actors}, {@code quotes} and {@code events} are in the cleaned text until the
 * pipeline maps them to the original at the end.
 */
public record Draft(
    SourceDocument source, CleanText clean, NlpDocument nlp, ActorSet actors, List<Quote> quotes, List<Event> events) {
  public static Draft of(SourceDocument source) {
    return new Draft(source, null, null, ActorSet.empty(), List.of(), List.of());
  }

  public Draft withClean(CleanText c) {
    return new Draft(source, c, nlp, actors, quotes, events);
  }

  public Draft withNlp(NlpDocument n) {
    return new Draft(source, clean, n, actors, quotes, events);
  }

  public Draft withActors(ActorSet a) {
    return new Draft(source, clean, nlp, a, quotes, events);
  }

  public Draft withQuotes(List<Quote> q) {
    return new Draft(source, clean, nlp, actors, q, events);
  }

  public Draft withEvents(List<Event> e) {
    return new Draft(source, clean, nlp, actors, quotes, e);
  }
}
