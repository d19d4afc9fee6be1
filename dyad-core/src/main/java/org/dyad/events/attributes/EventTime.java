package org.dyad.events.attributes;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.data.Cues;
import org.dyad.events.parse.Trees;
import org.dyad.events.rules.NamedRule;
import org.dyad.events.rules.RuleChain;
import org.dyad.events.trigger.Trigger;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * Stage 5 of the coder: the event's own date. A year, month or weekday attached to the trigger
 * ("the 2022 reconciliation", "in 2012", "on Tuesday", "in March 2019", "last week") wins; weekdays
 * and relative words count back from the article date; otherwise the article date stands in.
 * Dyad reads dates itself: CoreNLP's SUTime would double the NLP time for this one field. These are
 * named rules run in order ({@link #RULES}); the first that finds a date decides.
 */
public final class EventTime implements AttributeStage {
  private static final Set<String> TIME_RELATIONS = Set.of("obl", "nmod", "nummod", "amod", "compound", "obl:tmod", "nmod:tmod", "advmod");

  /** Clauses below a trigger that tell events of their own, with their own dates. */
  private static final Set<String> OTHER_CLAUSES = Set.of("ccomp", "advcl", "parataxis", "conj", "csubj", "acl:relcl");
  /** What introduces the content of an accusation or a reaction: "of firing", "for shelling". */
  private static final Set<String> CONTENT_MARKERS = Cues.named("content-prepositions");
  /** Verbs that report an event rather than date it. */
  private static final Set<String> REPORTING = Cues.named("reporting-verbs");
  /** Phrases that date something else: "after the 2022 reconciliation", "since 2019". */
  private static final Set<String> NOT_OWN_DATE = Cues.named("relative-time-prepositions");

  /** The date rules, in their order: the first that finds a date decides; else the article's date stands in. */
  private static final List<NamedRule<Dating, EventDate>> DATE_RULES = List.of(
      new NamedRule<>("own-phrase", d -> fromPhrase(d.s(), ownClause(d.s(), d.t().token(), 2), d.t().token(), d.article(), toldInPast(d.s(), d.t().token()))),
      new NamedRule<>("governing-verb", d -> fromGovernor(d.s(), d.t(), d.article())),
      // The parser often hangs "on Wednesday" on a noun of the clause ("vetoed a resolution calling for
      // a ceasefire on Wednesday"); a weekday anywhere in the event's own clause dates the event.
      new NamedRule<>("day-in-clause", d -> dayIn(d.s(), d.t().token(), d.article())),
      new NamedRule<>("day-in-conjunct", EventTime::dayInConjunct));
  /** The names of the date rules, in their order. */
  public static final List<String> RULES = DATE_RULES.stream().map(NamedRule::name).toList();

  private final RuleChain<Dating, EventDate> dates;

  /** {@code off}: names of date rules switched off (see {@link #RULES}). */
  public EventTime(Set<String> off) {
    this.dates = new RuleChain<>(DATE_RULES, off);
  }

  EventTime() {
    this(Set.of());
  }

  /** What a date rule reads: the trigger, its sentence and the article's date (null when unknown). */
  private record Dating(Sentence s, Trigger t, LocalDate article) {}

  @Override
  public Attributes apply(Told told, Attributes found) {
    return found.withDate(date(told.s(), told.t(), told.articleDate()));
  }

  /** The event's date and the rule that found it; the article's date, found by no rule, when none does. */
  RuleChain.Decided<EventDate> date(Sentence s, Trigger t, LocalDate articleDate) {
    RuleChain.Decided<EventDate> found = dates.first(new Dating(s, t, articleDate));
    return found.value() != null ? found
        : new RuleChain.Decided<>(new EventDate(articleDate == null ? null : articleDate.toString(), false), null);
  }

  /** "denied the reports on Tuesday and accused ...": a day in the clause of the verb the trigger is coordinated with. */
  private static EventDate dayInConjunct(Dating d) {
    Dependency h = Trees.head(d.s(), d.t().token());
    return h != null && h.baseRelation().equals("conj") ? dayIn(d.s(), h.governor(), d.article()) : null;
  }

  /**
   * The trigger's own words to {@code depth}: without phrases that date something else ("after the
   * 2022 reconciliation") and without clauses that tell other events ("denied that ... on Sunday",
   * "and sent a team on Tuesday", "accused them of firing on Tuesday night"). A verb the trigger
   * governs with "to" shares its time ("declined to comment on Wednesday").
   */
  static BitSet ownClause(Sentence s, int trigger, int depth) {
    BitSet phrase = Trees.subtree(s, trigger, depth);
    for (int i = phrase.nextSetBit(0); i >= 0; i = phrase.nextSetBit(i + 1)) {
      for (Dependency d : s.children(i)) {
        boolean otherClause = (OTHER_CLAUSES.contains(d.baseRelation()) || OTHER_CLAUSES.contains(d.relation())
            || d.baseRelation().equals("dep") && s.token(d.dependent()).isVerb()) && !sharesTime(s, d);
        if (phrase.get(d.dependent()) && d.dependent() != trigger
            && (otherClause || NOT_OWN_DATE.contains(Trees.caseOf(s, d.dependent())))) {
          phrase.andNot(Trees.subtree(s, d.dependent(), 8));
        }
      }
    }
    return phrase;
  }

  /** A day-precise date ("on Tuesday", "yesterday", "March 3") anywhere in the clause of {@code verb}, or null. */
  private static EventDate dayIn(Sentence s, int verb, LocalDate articleDate) {
    EventDate d = fromPhrase(s, ownClause(s, verb, 6), verb, articleDate, toldInPast(s, verb));
    return d != null && d.value().length() == 10 ? d : null;
  }

  /**
   * An adverbial clause shares the event's time ("Forced to evacuate in 2012, Hamas distanced itself",
   * "when it left Damascus in 2012"), unless it is what the event is about ("accused them of firing on
   * Tuesday night", "condemned them for ...").
   */
  private static boolean sharesTime(Sentence s, Dependency d) {
    if (!d.baseRelation().equals("advcl")) {
      return false;
    }
    for (Dependency m : s.children(d.dependent())) {
      if ((m.baseRelation().equals("mark") || m.baseRelation().equals("case"))
          && CONTENT_MARKERS.contains(s.token(m.dependent()).word().toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A date on the verb that governs a nominal trigger ("led to their evacuation ... in 2012", "voted
   * on Monday to set up an inquiry"), a verb it completes ("agreed on Monday to resume talks") or the
   * first of coordinated verbs ("visited Ottawa on Monday and signed an agreement"), up two levels;
   * never a reporting verb's ("..., a spokesman said on Tuesday").
   */
  private static EventDate fromGovernor(Sentence s, Trigger t, LocalDate articleDate) {
    int child = t.token();
    for (int level = 0; level < 2; level++) {
      Dependency h = Trees.head(s, child);
      boolean climbs = h != null && (s.token(child).isNoun() ? !OTHER_CLAUSES.contains(h.baseRelation())
          : h.baseRelation().equals("xcomp") || h.baseRelation().equals("conj"));
      if (!climbs || REPORTING.contains(Trees.lemma(s, h.governor()))) {
        return null;
      }
      for (Dependency d : s.children(h.governor())) {
        if (d.dependent() != child && !NOT_OWN_DATE.contains(Trees.caseOf(s, d.dependent()))
            && (TIME_RELATIONS.contains(d.relation()) || TIME_RELATIONS.contains(d.baseRelation()))) {
          EventDate near = fromPhrase(s, Trees.subtree(s, d.dependent(), 1), -1, articleDate, toldInPast(s, h.governor()));
          if (near != null) {
            return near;
          }
        }
      }
      child = h.governor();
    }
    return null;
  }

  /**
   * Is what {@code token} tells past: a past verb ("seized", "had seized", "was arrested"), or one that
   * governs the nominal event ("condemned the attack")? A modal ("will be held", "would have seized"),
   * a present passive ("are scheduled") or an infinitive ("to hold") tells no past.
   */
  private static boolean toldInPast(Sentence s, int token) {
    Dependency h = Trees.head(s, token);
    int verb = s.token(token).isVerb() || h == null ? token : h.governor();
    boolean pastAux = false;
    for (Dependency d : s.children(verb)) {
      Token aux = s.token(d.dependent());
      if (d.baseRelation().equals("aux") && aux.pos().equals("MD")) {
        return false;
      }
      pastAux |= d.baseRelation().equals("aux") && (aux.lemma().equalsIgnoreCase("have") || aux.pos().matches("VBD|VBN"));
    }
    String pos = s.token(verb).pos();
    return pos.equals("VBD") || pos.equals("VBN") && pastAux;
  }

  private static EventDate fromPhrase(Sentence s, BitSet tokens, int skip, LocalDate article, boolean past) {
    for (int i = tokens.nextSetBit(0); i >= 0; i = tokens.nextSetBit(i + 1)) {
      if (i == skip) {
        continue;
      }
      EventDate d = at(s, i, article, past);
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  private static EventDate at(Sentence s, int i, LocalDate article, boolean past) {
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
      // "March 4", "March 4, 2019", "March 2019": a year after the month wins over the article's
      boolean day = i + 1 < s.tokens().size() && s.token(i + 1).word().matches("\\d{1,2}");
      YearMonth month = yearAfter(s, day ? i + 2 : i + 1).map(y -> YearMonth.of(y, m))
          .orElseGet(() -> withoutYear(m, article, past));
      if (day && month.isValidDay(Integer.parseInt(s.token(i + 1).word()))) {
        return new EventDate(month.atDay(Integer.parseInt(s.token(i + 1).word())).toString(), true);
      }
      return new EventDate(month.toString(), true);
    }
    return null;
  }

  /**
   * A month named without a year is in the article's year, unless a past event would then lie ahead of
   * the article: "seized the town in November" in an article of October is last November.
   */
  private static YearMonth withoutYear(Month m, LocalDate article, boolean past) {
    YearMonth month = YearMonth.of(article.getYear(), m);
    return past && month.isAfter(YearMonth.from(article)) ? month.minusYears(1) : month;
  }

  /** A four-digit year at {@code i}, or after a comma there ("March 4, 2019"). */
  private static java.util.Optional<Integer> yearAfter(Sentence s, int i) {
    int at = i < s.tokens().size() && s.token(i).word().equals(",") ? i + 1 : i;
    return at < s.tokens().size() && s.token(at).word().matches("(19|20)\\d\\d")
        ? java.util.Optional.of(Integer.parseInt(s.token(at).word())) : java.util.Optional.empty();
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
