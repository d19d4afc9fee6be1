package org.dyad.events.arguments;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.events.parse.Trees;
import org.dyad.events.trigger.Complements;
import org.dyad.events.trigger.Trigger;
import org.dyad.nlp.Sentence;

/**
 * Rule {@value #NAME}: "refused to release an opposition politician": a composed event, or a refusal,
 * demand or threat of an act the complement table does not know, with no target of its own takes the
 * target of the act it governs, as the argument rules find it for that act. Rule {@value #CONDITION}:
 * a threat whose act has none takes the party its condition names.
 */
public final class GovernedTargets implements ArgumentMend {
  public static final String NAME = "governed-target";
  /** Rule {@value}: a threat whose warned-of act has no target is aimed at the party its condition names. */
  public static final String CONDITION = "condition-subject";
  private static final String THREATS = "13";
  private final ArgumentFinder arguments;

  private final boolean conditions;

  /** {@code conditions}: whether rule {@value #CONDITION} is on. */
  public GovernedTargets(ArgumentFinder arguments, boolean conditions) {
    this.arguments = arguments;
    this.conditions = conditions;
  }

  @Override
  public Arguments apply(Mending m, Arguments a) {
    Sentence s = m.s();
    Trigger t = m.t();
    int clause = t.governed() >= 0 ? t.governed() : uncomposedComplement(s, t);
    if (!a.targets().isEmpty() || clause < 0) {
      return a;
    }
    Trigger governed = new Trigger(s.index(), clause, t.entry(), s.token(clause).isNoun());
    List<String> targets = new ArrayList<>(arguments.find(s, governed, m.actors(), m.eligible()).targets());
    targets.removeAll(a.sources());
    if (targets.isEmpty() && conditions && t.entry().cameo().startsWith(THREATS)) {
      // "warned that the tariffs would take effect unless Guatemala stops": a threat to who must act
      int condition = Complements.conditionOn(s, clause);
      List<String> party = condition < 0 ? List.of()
          : ArgumentFinder.actorsOf(s, Trees.children(s, condition, Set.of("nsubj")), m.actors()).stream()
              .filter(id -> m.eligible().test(id) && !a.sources().contains(id)).toList();
      return party.isEmpty() ? a : a.withTargets(party, CONDITION);
    }
    return a.withTargets(targets, NAME);
  }

  /**
   * "Iran refused to accept Iraq's conditions", "threatened to close the Strait": a refusal, demand
   * or threat of an act the complement table does not know still governs that act, whose target is
   * the refusal's; the verb's own infinitive, or -1.
   */
  private static int uncomposedComplement(Sentence s, Trigger t) {
    if (t.noun() || !Complements.GOVERNING_ROOTS.contains(t.entry().cameo().substring(0, 2))) {
      return -1;
    }
    return Trees.children(s, t.token(), Set.of("xcomp")).stream().filter(x -> s.token(x).isVerb()).findFirst().orElse(-1);
  }
}
