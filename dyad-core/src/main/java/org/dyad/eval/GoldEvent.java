package org.dyad.eval;

import org.dyad.model.Event.Certainty;

/**
 * One event of a gold text as docs/evaluation.md defines it: actors by code or name (null when the
 * text names none in that role), the full CAMEO code, and the modality, attribution, quantity and
 * own date a careful coder would give. Missing {@code negated} is false, missing certainty asserted.
 */
public record GoldEvent(
    String source,
    String target,
    String cameo,
    boolean negated,
    Certainty certainty,
    String claimedBy,
    Integer quantity,
    String date) {
  public GoldEvent {
    source = GoldActor.blankToNull(source);
    target = GoldActor.blankToNull(target);
    claimedBy = GoldActor.blankToNull(claimedBy);
    date = GoldActor.blankToNull(date);
    if (cameo == null || !cameo.matches("\\d{2,4}")) {
      throw new IllegalArgumentException("cameo must be a CAMEO code of 2 to 4 digits (\"173\", \"0841\"), got "
          + (cameo == null ? "none" : "'" + cameo + "'"));
    }
    certainty = certainty == null ? Certainty.ASSERTED : certainty;
  }

  /** The two-digit CAMEO root ("17" for "173"). */
  public String root() {
    return cameo.substring(0, 2);
  }
}
