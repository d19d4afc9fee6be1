package org.dyad.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dyad.codebook.CameoCode;
import org.dyad.codebook.Codebook;
import org.dyad.eval.EvalReport.Accuracy;
import org.dyad.eval.EvalReport.Confusion;
import org.dyad.eval.EvalReport.Prf;
import org.dyad.eval.EventMatching.Level;
import org.dyad.eval.EventMatching.Pair;
import org.dyad.model.Analysis;
import org.dyad.model.Event;
import org.dyad.model.Quote;

/**
 * Scores analyses against gold texts as docs/evaluation.md defines it, one (gold, analysis) pair at a
 * time, and sums the counts into an {@link EvalReport}. An accumulator: not thread-safe; feed it from
 * one thread.
 */
public final class Scorer {
  private int texts;
  private int goldEvents;
  private int systemEvents;
  private int rootMatched;
  private int fullMatched;
  private final Tally negated = new Tally();
  private final Tally certainty = new Tally();
  private final Tally claimedBy = new Tally();
  private final Tally date = new Tally();
  private final Tally quantity = new Tally();
  private int goldActors;
  private int goldActorsFound;
  private int systemActors;
  private int systemActorsCorrect;
  private final Tally quotesFound = new Tally();
  private final Tally speakers = new Tally();
  private final Map<String, Map<String, Integer>> confusion = new TreeMap<>();
  private final Map<String, int[]> perRoot = new TreeMap<>();
  private final Map<String, int[]> typedBy = new TreeMap<>();
  private final Map<String, int[]> rules = new java.util.LinkedHashMap<>();
  private final List<EvalReport.TextErrors> errors = new ArrayList<>();

  /** A scorer that reports no rules. */
  public Scorer() {
    this(List.of());
  }

  /** A scorer that also reports, for each of these rule names, the events it decided (see {@link EvalReport.RuleScore}). */
  public Scorer(List<String> ruleNames) {
    ruleNames.forEach(r -> rules.put(r, new int[2]));
  }

  /** Scores one analysis against its gold text. */
  public Scorer add(GoldText gold, Analysis system) {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(system, "system");
    texts++;
    ActorMatcher actors = new ActorMatcher(system);
    EventMatching m = EventMatching.of(gold.events(), system.events(), actors);
    countEvents(gold, system, m);
    m.rootMatches().forEach(p -> countAttributes(gold, p));
    countActors(gold, system);
    countQuotes(gold, system, actors);
    countConfusion(m);
    countTypedBy(system, m);
    countRules(system, m);
    recordErrors(gold, m);
    return this;
  }

  /** The report so far, with the {@code worst} texts that have the most errors (ties by id). */
  public EvalReport report(int worst) {
    if (worst < 0) {
      throw new IllegalArgumentException("worst must be >= 0, got " + worst);
    }
    Codebook codebook = Codebook.load();
    List<EvalReport.RootScore> roots = perRoot.entrySet().stream()
        .map(e -> new EvalReport.RootScore(e.getKey(), codebook.get(e.getKey()).map(CameoCode::name).orElse(null),
            new Prf(e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[2])))
        .toList();
    List<EvalReport.TextErrors> worstTexts = errors.stream()
        .sorted(Comparator.comparingInt(EvalReport.TextErrors::errors).reversed().thenComparing(EvalReport.TextErrors::id))
        .limit(worst)
        .toList();
    return new EvalReport(texts,
        new Prf(goldEvents, systemEvents, rootMatched, rootMatched),
        new Prf(goldEvents, systemEvents, fullMatched, fullMatched),
        new EvalReport.Attributes(negated.get(), certainty.get(), claimedBy.get(), date.get(), quantity.get()),
        new Prf(goldActors, systemActors, goldActorsFound, systemActorsCorrect),
        new EvalReport.Quotes(quotesFound.get(), speakers.get()),
        confusionTable(),
        roots,
        typedBy.entrySet().stream().map(e -> new EvalReport.TypedBy(e.getKey(), e.getValue()[0], e.getValue()[1])).toList(),
        rules.entrySet().stream().map(e -> new EvalReport.RuleScore(e.getKey(), e.getValue()[0], e.getValue()[1])).toList(),
        worstTexts);
  }

  private void countEvents(GoldText gold, Analysis system, EventMatching m) {
    goldEvents += gold.events().size();
    systemEvents += system.events().size();
    rootMatched += m.rootMatches().size();
    fullMatched += (int) m.pairs().stream().filter(p -> p.level() == Level.FULL_CODE).count();
    gold.events().forEach(g -> perRoot.computeIfAbsent(g.root(), r -> new int[3])[0]++);
    system.events().forEach(s -> perRoot.computeIfAbsent(EventMatching.root(s), r -> new int[3])[1]++);
    m.rootMatches().forEach(p -> perRoot.get(p.gold().root())[2]++);
  }

  private void countAttributes(GoldText text, Pair p) {
    GoldEvent g = p.gold();
    Event s = p.system();
    negated.add(g.negated() == s.negated());
    certainty.add(g.certainty() == s.certainty());
    claimedBy.add(sameClaimant(g.claimedBy(), s.claimedBy()));
    date.add(Objects.equals(g.date(), s.date())
        || g.date() == null && text.date() != null && text.date().toString().equals(s.date()));
    quantity.add(Objects.equals(g.quantity(), s.quantity()));
  }

  /** Both null, or one contains the other ignoring case, spacing and a leading "the". */
  static boolean sameClaimant(String gold, String system) {
    if (gold == null || system == null) {
      return gold == null && system == null;
    }
    String g = withoutThe(ActorMatcher.normalize(gold));
    String s = withoutThe(ActorMatcher.normalize(system));
    return g.contains(s) || s.contains(g);
  }

  private static String withoutThe(String s) {
    return s.startsWith("the ") ? s.substring(4) : s;
  }

  private void countActors(GoldText gold, Analysis system) {
    goldActors += gold.actors().size();
    goldActorsFound += (int) gold.actors().stream()
        .filter(g -> system.actors().stream().anyMatch(a -> ActorMatcher.matches(g, a))).count();
    systemActors += system.actors().size();
    systemActorsCorrect += (int) system.actors().stream()
        .filter(a -> gold.actors().stream().anyMatch(g -> ActorMatcher.matches(g, a))).count();
  }

  private void countQuotes(GoldText gold, Analysis system, ActorMatcher actors) {
    for (GoldQuote q : gold.quotes()) {
      String words = quoteWords(q.text());
      Quote found = system.quotes().stream().filter(s -> quoteWords(s.text()).contains(words)).findFirst().orElse(null);
      quotesFound.add(found != null);
      speakers.add(found != null && actors.speakerMatches(q.speaker(), found));
    }
  }

  private static String quoteWords(String s) {
    return ActorMatcher.normalize(s.replace('\u2019', '\'').replace('\u2018', '\''));
  }

  /** An event is the model's when its first telling was typed by the model. */
  private void countTypedBy(Analysis system, EventMatching m) {
    for (Event e : system.events()) {
      String by = e.mentions().isEmpty() || e.mentions().get(0).typedBy() == null ? "unknown" : e.mentions().get(0).typedBy();
      int[] counts = typedBy.computeIfAbsent(by, k -> new int[2]);
      counts[0]++;
      if (m.rootMatches().stream().anyMatch(p -> p.system() == e)) {
        counts[1]++;
      }
    }
  }

  /** An event counts for each rule its first telling names; rules not asked for are not counted. */
  private void countRules(Analysis system, EventMatching m) {
    if (rules.isEmpty()) {
      return;
    }
    for (Event e : system.events()) {
      boolean right = m.rootMatches().stream().anyMatch(p -> p.system() == e);
      for (String rule : e.mentions().isEmpty() ? List.<String>of() : e.mentions().get(0).allRules()) {
        int[] counts = rules.get(rule);
        if (counts != null) {
          counts[0]++;
          counts[1] += right ? 1 : 0;
        }
      }
    }
  }

  private void countConfusion(EventMatching m) {
    for (Pair p : m.pairs()) {
      cell(p.gold().root(), EventMatching.root(p.system()));
    }
    m.unpairedGold().forEach(g -> cell(g.root(), Confusion.NONE));
    m.unpairedSystem().forEach(s -> cell(Confusion.NONE, EventMatching.root(s)));
  }

  private void cell(String gold, String system) {
    confusion.computeIfAbsent(gold, k -> new TreeMap<>()).merge(system, 1, Integer::sum);
  }

  private Confusion confusionTable() {
    TreeSet<String> roots = new TreeSet<>(confusion.keySet());
    confusion.values().forEach(row -> roots.addAll(row.keySet()));
    roots.remove(Confusion.NONE);
    List<String> labels = new ArrayList<>(roots);
    labels.add(Confusion.NONE);
    return new Confusion(labels, confusion);
  }

  private void recordErrors(GoldText gold, EventMatching m) {
    List<EvalReport.EventLine> missed = m.missed().stream().map(Scorer::line).toList();
    List<EvalReport.EventLine> spurious = m.spurious().stream().map(Scorer::line).toList();
    List<EvalReport.CodeMismatch> wrongCode = m.pairs().stream().filter(p -> p.level() == Level.ROOT)
        .map(p -> new EvalReport.CodeMismatch(line(p.gold()), line(p.system()))).toList();
    int n = missed.size() + spurious.size() + wrongCode.size();
    if (n > 0) {
      errors.add(new EvalReport.TextErrors(gold.id(), gold.text(), n, missed, spurious, wrongCode));
    }
  }

  private static EvalReport.EventLine line(GoldEvent g) {
    return new EvalReport.EventLine(g.source(), g.cameo(), g.target(), null);
  }

  private static EvalReport.EventLine line(Event s) {
    String words = s.mentions().isEmpty() ? null : s.mentions().get(0).text();
    return new EvalReport.EventLine(s.source() == null ? null : label(s.source()), EventMatching.cameo(s),
        s.target() == null ? null : label(s.target()), words);
  }

  private static String label(org.dyad.model.ActorRef a) {
    return a.code() != null ? a.code() : a.name();
  }

  /** Counts right answers out of all. */
  private static final class Tally {
    private int correct;
    private int total;

    void add(boolean right) {
      total++;
      if (right) {
        correct++;
      }
    }

    Accuracy get() {
      return new Accuracy(correct, total);
    }
  }
}
