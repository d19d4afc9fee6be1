package org.dyad.events.trigger;

import java.util.List;
import java.util.Set;
import org.dyad.codebook.Codebook;
import org.dyad.codebook.RootTrait;
import org.dyad.data.Cues;
import org.dyad.events.parse.Trees;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;

/**
 * "Russian forces shelled the town, killing five people": a participle after a use of force that tells
 * what the force did is part of that one event, not an event of its own. Its patients are whom the
 * force was used against, before any place it struck (CAMEO codes the strike, aimed at the killed).
 */
public final class Consequences {
  private static final Set<String> FORCE_ROOTS = Codebook.rootsWith(RootTrait.FORCE);
  /** Verbs of what force did to people: "killing five", "wounding four soldiers", "leaving nine dead". */
  private static final Set<String> VERBS = Cues.named("consequence-verbs");
  /** Verbs of force between sides, not aimed at one: "fought", "clashed". */
  private static final Set<String> MUTUAL = Cues.named("mutual-force-verbs");
  /** How the parser hangs such a participle on the act: "struck a car, killing ...", also as a conjunct. */
  private static final Set<String> LINKS = Set.of("advcl", "dep", "xcomp", "conj");

  private Consequences() {}

  /** Whether a trigger of this code is a use of force whose participles are its consequences. */
  public static boolean isForce(String cameo) {
    return FORCE_ROOTS.contains(cameo.substring(0, 2));
  }

  /**
   * The participles after a verb that tell what its force did, in sentence order; none after fighting
   * between sides ("militias fought, leaving eight dead"), whose dead are no side's target.
   */
  public static List<Integer> of(Sentence s, int verb) {
    if (MUTUAL.contains(Trees.lemma(s, verb))) {
      return List.of();
    }
    return s.children(verb).stream()
        .filter(d -> LINKS.contains(d.baseRelation()) && d.dependent() > verb)
        .map(Dependency::dependent)
        .filter(p -> s.token(p).pos().equals("VBG") && VERBS.contains(Trees.lemma(s, p)) && noOtherDoer(s, verb, p))
        .toList();
  }

  /** The participle has no subject but the act's own, which the parser may copy onto a conjunct. */
  private static boolean noOtherDoer(Sentence s, int verb, int participle) {
    List<Integer> doers = Trees.children(s, verb, Set.of("nsubj"));
    return doers.containsAll(Trees.children(s, participle, Set.of("nsubj")));
  }
}
