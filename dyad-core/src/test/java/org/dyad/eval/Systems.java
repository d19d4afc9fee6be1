package org.dyad.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.ActorType;
import org.dyad.model.Analysis;
import org.dyad.model.ArticleInfo;
import org.dyad.model.Event;
import org.dyad.model.Event.Certainty;
import org.dyad.model.Quote;

/** Hand-built system analyses for scorer tests: no NLP, only the fields the scorer reads. */
final class Systems {
  static final LocalDate DATE = LocalDate.of(2025, 3, 4);

  private final List<Actor> actors = new ArrayList<>();
  private final List<Event> events = new ArrayList<>();
  private final List<Quote> quotes = new ArrayList<>();

  static Systems analysis() {
    return new Systems();
  }

  static Actor actor(String code, String name, String... aliases) {
    return new Actor(name.toLowerCase().replace(' ', '-'), code, name, ActorType.STATE, null, null, null, null,
        List.of(aliases), List.of());
  }

  /** An asserted, not negated event dated the article's date, with no claimant and no quantity. */
  static Event event(Actor source, String cameo, Actor target) {
    return told(source, cameo, target).build();
  }

  private static Event.Builder told(Actor source, String cameo, Actor target) {
    return Event.builder("e").source(source == null ? null : source.ref()).target(target == null ? null : target.ref())
        .cameo(cameo).root(cameo.substring(0, 2)).label("label").quadClass(1).date(DATE.toString())
        .mentions(List.of(new Event.EventMention(0, 0, 4, "told")));
  }

  static Event event(Actor source, String cameo, Actor target, boolean negated, Certainty certainty,
      String claimedBy, String date, Integer quantity) {
    return told(source, cameo, target).negated(negated).certainty(certainty).claimedBy(claimedBy).date(date).quantity(quantity).build();
  }

  Systems with(Actor... as) {
    actors.addAll(List.of(as));
    return this;
  }

  Systems with(Event e) {
    events.add(e);
    return this;
  }

  Systems quote(Actor speaker, String speakerText, String text) {
    quotes.add(new Quote(speaker == null ? null : speaker.ref(), speakerText, text, 0, text.length()));
    return this;
  }

  Analysis build(String id) {
    ArticleInfo info = new ArticleInfo(id, null, DATE, null, "text", "en", "text of " + id, List.of());
    return new Analysis(info, actors, events, quotes);
  }
}
