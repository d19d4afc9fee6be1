package org.dyad.geo;

import java.util.Arrays;
import java.util.List;

/** The gazetteer's name index: keys sorted, each with its entry number, for binary search. */
record NameIndex(String[] keys, int[] entries) {
  static NameIndex of(List<String> keyNames, Columns keyEntries) {
    Integer[] order = new Integer[keyNames.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> keyNames.get(a).compareTo(keyNames.get(b)));
    String[] keys = new String[order.length];
    int[] entries = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      keys[i] = keyNames.get(order[i]);
      entries[i] = keyEntries.get(order[i]);
    }
    return new NameIndex(keys, entries);
  }
}
