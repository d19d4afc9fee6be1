package org.dyad.learned;

import java.util.List;

/** Turns short texts into fixed-length vectors whose distances follow meaning. */
public interface Embedder {
  /** One vector per text, in order, each of {@link #dimension()} values. */
  List<float[]> embed(List<String> texts);

  int dimension();
}
