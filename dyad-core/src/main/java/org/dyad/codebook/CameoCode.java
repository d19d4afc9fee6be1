package org.dyad.codebook;

import java.util.Optional;

/**
 * One CAMEO event code with its Goldstein score, quad class and PLOVER equivalent. Codes are 2 (a root,
 * or cue category), 3 or 4 digits; {@link #NONE} ("-") stands for a missing PLOVER type or mode.
 */
public record CameoCode(String code, String name, double goldstein, int quadClass, String plover, String ploverMode) {
  /** The value of {@link #plover} or {@link #ploverMode} when PLOVER has none for this code. */
  public static final String NONE = "-";

  public CameoCode {
    if (code == null || !code.matches("\\d{2,4}")) {
      throw new IllegalArgumentException("CAMEO code must be 2 to 4 digits, got '" + code + "'");
    }
    int root = Integer.parseInt(code.substring(0, 2));
    if (root < 1 || root > 20) {
      throw new IllegalArgumentException("CAMEO code must start with a root 01..20, got '" + code + "'");
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("CAMEO code " + code + " must have a name");
    }
    if (!(goldstein >= -10.0 && goldstein <= 10.0)) {
      throw new IllegalArgumentException("Goldstein score must be in [-10, 10], got " + goldstein + " for " + code);
    }
    if (quadClass < 1 || quadClass > 4) {
      throw new IllegalArgumentException("quad class must be 1..4, got " + quadClass + " for " + code);
    }
    if (plover == null || plover.isBlank()) {
      throw new IllegalArgumentException("PLOVER type of " + code + " must be a type or '" + NONE + "'");
    }
    if (ploverMode == null || ploverMode.isBlank()) {
      throw new IllegalArgumentException("PLOVER mode of " + code + " must be a mode or '" + NONE + "'");
    }
  }

  /** The two-digit root (cue category) this code belongs to, e.g. "18" for "1823". */
  public String root() {
    return code.substring(0, 2);
  }

  public boolean isRoot() {
    return code.length() == 2;
  }

  /** The code one level up ("1823" -> "182", "182" -> "18"), or empty for a root. */
  public Optional<String> parent() {
    return isRoot() ? Optional.empty() : Optional.of(code.substring(0, code.length() - 1));
  }

  public boolean hasPlover() {
    return !plover.equals(NONE);
  }

  public boolean hasPloverMode() {
    return !ploverMode.equals(NONE);
  }
}
