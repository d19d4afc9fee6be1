package org.dyad.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.ActorRef;
import org.dyad.model.ActorType;
import org.dyad.model.Analysis;
import org.dyad.model.ArticleInfo;
import org.dyad.model.Event;
import org.dyad.model.Quote;
import org.dyad.model.Span;

/** Inline analyses for store tests: small texts, hand-made actors and events. */
final class Fixtures {
  private Fixtures() {}

  static final Actor SYRGOV = actor("syrgov", "SYRGOV", "Syria", ActorType.STATE, "Syria", "the regime");
  static final Actor HAMAS = actor("hamas", "HAMAS", "Hamas", ActorType.ARMED_GROUP, "Hamas");
  static final Actor ISRMIL = actor("isrmil", "ISRMIL", "Israeli army", ActorType.STATE, "Israeli army", "the IDF");
  static final Actor UNO = actor("uno", "UNO", "United Nations", ActorType.IGO, "UN");

  /** About 150 words on Syria and Hamas; {@link #rewrite} changes two of them. */
  static final String STORY = """
      Syrian authorities arrested dozens of Hamas members in Damascus on Sunday, according to officials \
      familiar with the operation, in the latest sign of a deepening rift between the government and the \
      Palestinian movement. The arrests followed weeks of tension over the group's political activity in \
      the capital and its ties to armed factions in the south of the country. A spokesman for Hamas \
      condemned the raids and called on the government to release those detained without delay, saying \
      the movement had always respected the sovereignty of its hosts. Syrian state media did not report \
      the arrests, and the interior ministry declined to comment when contacted by reporters. Analysts \
      said the crackdown reflected a broader shift in regional alliances after years of war, and that \
      the government was seeking to reassure its neighbours that it would not tolerate foreign armed \
      groups on its territory. The United Nations urged both sides to show restraint and to resolve \
      their dispute through dialogue rather than force.""";

  static String rewrite(String text) {
    return text.replace("dozens of", "scores of").replace("reporters", "journalists");
  }

  static Actor actor(String id, String code, String name, ActorType type, String... aliases) {
    return new Actor(id, code, name, type, code.length() >= 3 ? code.substring(0, 3) : null, null, null, null,
        List.of(aliases), List.of(new Span(0, 1, "x")));
  }

  static Event event(Actor source, Actor target, String cameo, String date, boolean negated, Event.Certainty certainty,
                     double goldstein, int quad) {
    return Event.builder("e1").source(source == null ? null : source.ref()).target(target == null ? null : target.ref())
        .cameo(cameo).root(cameo.substring(0, 2)).label("label " + cameo).goldstein(goldstein).quadClass(quad)
        .negated(negated).certainty(certainty).date(date).mentions(List.of(new Event.EventMention(0, 0, 10, "told here"))).build();
  }

  /** Damascus as the gazetteer resolves it, named at the story's first "Damascus". */
  static final org.dyad.model.Location DAMASCUS = new org.dyad.model.Location("Damascus", 77, 85, "Damascus", 170654L, "P", "PPLC",
      "SYR", "13", "Damascus Governorate", 33.5102, 36.29128, org.dyad.model.Location.CLAUSE);

  static Event arrest(String date) {
    return event(SYRGOV, HAMAS, "173", date, false, Event.Certainty.ASSERTED, -5.0, 4);
  }

  /** An analysis of {@code text}; the article date is {@code date}. */
  static Analysis analysis(String id, String text, String date, String url, List<Actor> actors, List<Event> events) {
    ArticleInfo info = new ArticleInfo(id, "Title of " + id, date == null ? null : LocalDate.parse(date), url, "text", "en", text, List.of());
    List<Quote> quotes = new ArrayList<>();
    ActorRef speaker = actors.isEmpty() ? null : actors.get(0).ref();
    quotes.add(new Quote(speaker, speaker == null ? "someone" : speaker.name(), "a quote", 0, Math.min(7, text.length())));
    return new Analysis(info, actors, events, quotes);
  }

  /** A distinct text of about 60 words about topic {@code n}. */
  static String other(int n) {
    StringBuilder b = new StringBuilder("Report number " + n + ". ");
    String[] words = {"ministers", "met", "in", "the", "capital", "to", "discuss", "trade", "border", "security",
        "water", "rights", "and", "elections", "after", "months", "of", "talks", "between", "delegations"};
    java.util.Random r = new java.util.Random(n * 7919L);
    for (int i = 0; i < 60; i++) {
      b.append(words[r.nextInt(words.length)]).append(i % 12 == 11 ? ". " : " ");
    }
    return b.toString();
  }
}
