package org.dyad.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.BitSet;
import java.util.Locale;
import java.util.Set;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * Stage 5 of the coder: the event's own date. A year, month or weekday attached to the trigger
 * ("the 2022 reconciliation", "in 2012", "on Tuesday", "in March 2019", "last week") wins; weekdays
 * and relative words count back from the article date; otherwise the article date stands in.
 * Dyad reads dates itself: CoreNLP's SUTime would double the NLP time for this one field.
 */
final class EventTime {
  private static final Set<String> TIME_RELATIONS = Set.of("obl", "nmod", "nummod", "amod", "compound", "obl:tmod", "nmod:tmod", "advmod");

  /** Phrases that date something else: "after the 2022 reconciliation", "since 2019". */
  private static final Set<String> NOT_OWN_DATE = Set.of("after", "since", "before", "until", "following", "post");

  EventDate date(Sentence s, Trigger t, LocalDate articleDate) {
    java.util.BitSet phrase = Trees.subtree(s, t.token(), 2);
    for (Dependency d : s.children(t.token())) {
      if (NOT_OWN_DATE.contains(ArgumentFinder.caseOf(s, d.dependent()))) {
        phrase.andNot(Trees.subtree(s, d.dependent(), 3));
      }
    }
    EventDate own = fromPhrase(s, phrase, t.token(), articleDate);
    if (own != null) {
      return own;
    }
    // A date on the verb that governs a nominal trigger: "led to their evacuation ... in 2012".
    Dependency h = Trees.head(s, t.token());
    if (h != null) {
      for (Dependency d : s.children(h.governor())) {
        if (NOT_OWN_DATE.contains(ArgumentFinder.caseOf(s, d.dependent()))) {
          continue;
        }
        if (TIME_RELATIONS.contains(d.relation()) || TIME_RELATIONS.contains(d.baseRelation())) {
          EventDate near = fromPhrase(s, Trees.subtree(s, d.dependent(), 1), -1, articleDate);
          if (near != null) {
            return near;
          }
        }
      }
    }
    return new EventDate(articleDate == null ? null : articleDate.toString(), false);
  }

  private static EventDate fromPhrase(Sentence s, BitSet tokens, int skip, LocalDate article) {
    for (int i = tokens.nextSetBit(0); i >= 0; i = tokens.nextSetBit(i + 1)) {
      if (i == skip) {
        continue;
      }
      EventDate d = at(s, i, article);
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  private static EventDate at(Sentence s, int i, LocalDate article) {
    Token t = s.token(i);
    String w = t.word().toLowerCase(Locale.ROOT);
    if (w.matches("(19|20)\\d\\d") && (t.pos().equals("CD") || t.pos().startsWith("NN") || t.pos().equals("JJ"))) {
      return month(s, i - 1, Integer.parseInt(w), article);
    }
    for (DayOfWeek d : DayOfWeek.values()) {
      if (w.equals(d.name().toLowerCase(Locale.ROOT)) && article != null) {
        LocalDate day = article.with(TemporalAdjusters.previousOrSame(d));
        return new EventDate(day.toString(), true);
      }
    }
    if (article != null && w.equals("yesterday")) {
      return new EventDate(article.minusDays(1).toString(), true);
    }
    if (article != null && w.equals("week") && i > 0 && s.token(i - 1).word().equalsIgnoreCase("last")) {
      return new EventDate(article.minusWeeks(1).toString().substring(0, 7), true);
    }
    Month m = monthNamed(w);
    if (m != null && t.isProperNoun() && article != null) {
      int year = article.getYear();
      if (i + 1 < s.tokens().size() && s.token(i + 1).word().matches("\\d{1,2}")) {
        return new EventDate(LocalDate.of(year, m, Math.min(28, Integer.parseInt(s.token(i + 1).word()))).toString(), true);
      }
      return new EventDate(String.format("%d-%02d", year, m.getValue()), true);
    }
    return null;
  }

  private static EventDate month(Sentence s, int before, int year, LocalDate article) {
    if (before >= 0) {
      Month m = monthNamed(s.token(before).word().toLowerCase(Locale.ROOT));
      if (m != null) {
        return new EventDate(String.format("%d-%02d", year, m.getValue()), true);
      }
    }
    return new EventDate(Integer.toString(year), true);
  }

  private static Month monthNamed(String w) {
    for (Month m : Month.values()) {
      if (m.name().toLowerCase(Locale.ROOT).equals(w)) {
        return m;
      }
    }
    return null;
  }
}
