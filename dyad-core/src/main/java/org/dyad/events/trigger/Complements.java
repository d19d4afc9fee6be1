package org.dyad.events.trigger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.codebook.Codebook;
import org.dyad.codebook.RootTrait;
import org.dyad.data.BundledData;
import org.dyad.data.Cues;
import org.dyad.events.parse.Trees;
import org.dyad.model.DyadException;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;

/**
 * Stage 1b of the coder: an appeal, intent, demand, rejection or threat and the event it is about are
 * one event ("urged the junta to release the prisoners" is 0253 Appeal for release; "threatened to
 * strike" is 1384). The table is data (complements.tsv); the governed event is not coded on its own.
 * A governor's row is found by the longest prefix of its code, so a specific protest keeps its kind.
 * A governor whose clause ("threatened to walk out", "refused to attend") tells an event the table does
 * not combine with keeps its own code, and the governed event, which it only threatens, refuses or asks
 * for, is not coded on its own either.
 */
public final class Complements {
  private static final Set<String> LINKS = Set.of("xcomp", "ccomp", "obj", "obl", "nmod", "advcl");
  /** How a governor hangs the clause it threatens, refuses, asks or promises ("threatened to ..."). */
  static final Set<String> CLAUSES = Set.of("xcomp", "ccomp");
  /** Roots that govern a clause yet are directed events: a demand, rejection or threat of something. */
  public static final Set<String> GOVERNING_ROOTS = Codebook.rootsWith(RootTrait.GOVERNS);
  /** Roots whose clause is only asked for, promised, demanded, refused or threatened, never told as done. */
  private static final Set<String> UNREALISED = Codebook.rootsWith(RootTrait.UNREALISED);
  /** Roots whose subject may be the means of the event: "air strikes killed 18 people" is 195. */
  private static final Set<String> SUBJECT_GOVERNORS = Set.of("18");
  /** CAMEO's "warn": a warning of the warner's own act is a threat, one of what others will do is not. */
  static final String WARNING = "012";
  private static final Set<String> HOSTILE = Codebook.rootsWith(RootTrait.HOSTILE);
  /** CAMEO's "threaten, not specified": what a warning of one's own future act is. */
  private static final String THREAT = "130";
  /** Auxiliaries that tell a clause's act as still to come ("it would halt", "we will respond"). */
  private static final Set<String> FUTURE = Cues.named("future-modals");
  /** Pronouns that take up the warner in the clause it warns of ("Iran warned it would retaliate"). */
  private static final Set<String> SELF = Cues.named("subject-pronouns");
  private static final Set<String> SELF_POSSESSIVE = Cues.named("possessive-pronouns");
  /** Pronouns that may name the party a condition is set for: "unless it stops", not "unless we act". */
  private static final Set<String> THIRD_PERSON = Cues.named("third-person-pronouns");
  /** Words that make a clause the condition of what a warning warns of: "unless Guatemala stops". */
  private static final Set<String> CONDITIONS = Cues.named("condition-markers");
  private static volatile Complements bundled;

  private final CodeTable table;

  Complements(CodeTable table) {
    this.table = table;
  }

  public static Complements bundled() {
    Complements c = bundled;
    if (c == null) {
      c = new Complements(CodeTable.bundled("/org/dyad/events/complements.tsv", Codebook.load()));
      bundled = c;
    }
    return c;
  }

  /** The sentence's triggers with governors recoded by what they govern, and governed ones removed. */
  public List<Trigger> compose(Sentence s, List<Trigger> triggers) {
    Map<Integer, Trigger> byToken = new HashMap<>();
    triggers.forEach(t -> byToken.put(t.token(), t));
    Set<Integer> consumed = new HashSet<>();
    List<Trigger> out = new ArrayList<>();
    for (Trigger t : triggers) {
      Map<String, String> row = table.row(t.entry().cameo());
      Trigger composed = t;
      int clause = -1;
      if (row != null) {
        for (Dependency d : s.children(t.token())) {
          Trigger governed = byToken.get(d.dependent());
          boolean link = LINKS.contains(d.baseRelation())
              || (d.baseRelation().startsWith("nsubj") && SUBJECT_GOVERNORS.contains(t.entry().cameo().substring(0, 2)));
          if (governed == null || !link || governed == t) {
            continue;
          }
          if (clause < 0 && CLAUSES.contains(d.baseRelation()) && !governed.noun()) {
            clause = governed.token();
          }
          if (t.entry().cameo().equals(WARNING) && !ownAct(s, t.token(), governed.token())) {
            continue;
          }
          Optional<String> code = CodeTable.lookup(row, governed.entry().cameo());
          if (code.isPresent()) {
            composed = new Trigger(t.sentence(), t.token(),
                new LexiconEntry(t.entry().lemma(), t.entry().requires(), code.get()), t.noun(), governed.token());
            consumed.add(governed.token());
            clause = -1;
            break;
          }
        }
        if (composed == t && t.entry().cameo().equals(WARNING)) {
          composed = ownThreat(s, t, byToken).orElse(t);
        }
        if (!t.noun() && Consequences.isForce(t.entry().cameo())) {
          // "struck a car, killing a commander": the killing is the strike's, not an event of its own
          Consequences.of(s, t.token()).stream().filter(byToken::containsKey).forEach(consumed::add);
        }
        if (clause >= 0 && UNREALISED.contains(t.entry().cameo().substring(0, 2))) {
          consumed.add(clause); // "threatened to walk out": one threat (13), no walkout
        }
      }
      if (composed == t && s.token(t.token()).pos().startsWith("JJ") && !t.entry().requires().containsKey("cop")) {
        continue; // "ready to ...", "willing to ...": an adjective codes only with the act it governs
      }
      out.add(composed);
    }
    out.removeIf(t -> consumed.contains(t.token()));
    return out;
  }

  /**
   * "China warned that it would halt tourist groups to Palau": a warning of the warner's own future
   * act is a threat (130) even when that act is no event the lexicon knows; its target is the act's.
   * So is a warning of what will happen unless a named party acts ({@link #conditionOn}).
   */
  private static Optional<Trigger> ownThreat(Sentence s, Trigger t, Map<Integer, Trigger> byToken) {
    return Trees.children(s, t.token(), Set.of("ccomp")).stream()
        .filter(c -> !byToken.containsKey(c) || HOSTILE.contains(byToken.get(c).entry().cameo().substring(0, 2)))
        .filter(c -> s.token(c).isVerb() && Trees.children(s, c, Set.of("aux")).stream().anyMatch(a -> FUTURE.contains(Trees.lemma(s, a))))
        .filter(c -> ownAct(s, t.token(), c) || conditionOn(s, c) >= 0)
        .findFirst()
        .map(c -> new Trigger(t.sentence(), t.token(), new LexiconEntry(t.entry().lemma(), t.entry().requires(), THREAT), t.noun(), c));
  }

  /**
   * "Trump warned that the tariffs would take effect unless Guatemala stops playing games": a warning
   * of what will happen unless, or if, a named party acts is a threat to that party, whoever's the act
   * warned of. The condition's clause when its subject is a name or a pronoun, else -1 ("warned that
   * the fighting would spread if the talks failed" is a comment, not a threat).
   */
  public static int conditionOn(Sentence s, int clause) {
    for (int c : Trees.children(s, clause, Set.of("advcl"))) {
      boolean conditional = Trees.children(s, c, Set.of("mark")).stream().anyMatch(m -> CONDITIONS.contains(Trees.lemma(s, m)));
      boolean named = Trees.children(s, c, Set.of("nsubj")).stream()
          .anyMatch(n -> s.token(n).isProperNoun() || THIRD_PERSON.contains(s.token(n).word().toLowerCase()));
      if (conditional && named) {
        return c;
      }
    }
    return -1;
  }

  /**
   * Whether the governed event is the governor's subject's own: told with no other doer, by a pronoun
   * or the same noun ("warned it would impose export controls", "warned that aid would be frozen",
   * "warned of military intervention"), not "warned that the fighting would spread".
   */
  private static boolean ownAct(Sentence s, int governor, int governed) {
    if (s.token(governed).isNoun()) {
      return Trees.children(s, governed, Set.of("nmod:poss")).stream().allMatch(p -> SELF_POSSESSIVE.contains(Trees.lemma(s, p)))
          && Trees.children(s, governed, Set.of("amod", "compound")).stream().noneMatch(m -> s.token(m).ner().equals("MISC") || s.token(m).ner().equals("LOCATION"));
    }
    if (Trees.hasChild(s, governed, "obl:agent")) {
      return false;
    }
    List<Integer> doers = Trees.children(s, governed, Set.of("nsubj"));
    List<Integer> warners = Trees.children(s, governor, Set.of("nsubj"));
    return doers.stream().allMatch(d -> SELF.contains(s.token(d).word().toLowerCase())
        || warners.stream().anyMatch(w -> Trees.lemma(s, w).equals(Trees.lemma(s, d))));
  }
}
