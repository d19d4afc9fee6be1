package org.dyad.codebook;

import java.util.Locale;

/** What the coder's rules need to know of a CAMEO root (codebook/root-traits.tsv explains each). */
public enum RootTrait {
  UNDIRECTED, GOVERNS, UNREALISED, ASKS, PLACE, FORCE, MATERIAL, HOSTILE;

  /** The trait a data file names ("undirected"), or an exception naming what it got. */
  static RootTrait named(String name) {
    try {
      return valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown root trait '" + name + "'", e);
    }
  }
}
