package org.dyad.events.attributes;

import java.util.Set;
import org.dyad.data.Cues;
import org.dyad.events.parse.Trees;
import org.dyad.events.trigger.Trigger;
import org.dyad.nlp.Sentence;

/**
 * Stage 5b of the coder: a killing of a hundred or more, or of "hundreds" or "thousands", is CAMEO's
 * mass killing (202), not an assault on persons (1823): "jihadists killed at least 170 villagers",
 * "executed hundreds of cadets". Only the killing codes are refined; an air strike that kills many
 * stays an air strike.
 */
public final class MassKillings implements AttributeStage {
  static final String MASS_KILLING = "202";
  /** The codes of killing persons the codebook refines by scale. */
  private static final Set<String> KILLINGS = Set.of("1823", "180");
  /** From this many victims a killing is a mass killing. */
  private static final int MASS = 100;
  /** Words that give the victims as a mass: "hundreds of civilians". */
  private static final Set<String> MASSES = Cues.named("mass-words");

  /** Reads the quantity: runs after {@link Quantities}. */
  @Override
  public Attributes apply(Told told, Attributes found) {
    return found.withCameo(refine(told.s(), told.t(), found.quantity()));
  }

  /** The code of the trigger's event given how many it killed. */
  String refine(Sentence s, Trigger t, Integer quantity) {
    String cameo = t.entry().cameo();
    if (!KILLINGS.contains(cameo)) {
      return cameo;
    }
    boolean mass = (quantity != null && quantity >= MASS) || Trees.children(s, t.token(), Set.of("obj", "nsubj:pass")).stream()
        .anyMatch(o -> massWord(s, o) || s.children(o).stream().anyMatch(d -> d.baseRelation().equals("det") && massWord(s, d.dependent())));
    return mass ? MASS_KILLING : cameo;
  }

  /** "hundreds" as the victims, or as their quantifier ("hundreds of cadets", parsed det:qmod). */
  private static boolean massWord(Sentence s, int token) {
    return MASSES.contains(s.token(token).word().toLowerCase());
  }
}
