package org.dyad.geo;

import java.util.Arrays;

/** A growable int column: the gazetteer keeps its 140,000 places as columns, not objects. */
final class Columns {
  private int[] values = new int[1024];
  private int size;

  void add(int v) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = v;
  }

  int get(int i) {
    return values[i];
  }

  void set(int i, int v) {
    values[i] = v;
  }

  int size() {
    return size;
  }

  int[] toArray() {
    return Arrays.copyOf(values, size);
  }
}
