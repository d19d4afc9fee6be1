package org.dyad.learned;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The labels a head learns: a CAMEO code where the training set has enough examples of it, else its
 * parent (a 4-digit code folds into its 3-digit one, a 3-digit one into its root's unspecified code,
 * "190"), and {@link #NONE} for clauses that tell no event.
 */
public final class Labels {
  public static final String NONE = "none";

  private Labels() {}

  /** The label of each code, folding codes with fewer than {@code minCount} examples. */
  public static Map<String, String> fold(List<String> codes, int minCount) {
    Map<String, String> label = new TreeMap<>();
    for (String c : codes) {
      label.put(c, c);
    }
    for (int length = 4; length >= 3; length--) {
      Map<String, Long> counts = codes.stream().map(label::get)
          .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
      for (Map.Entry<String, String> e : label.entrySet()) {
        String l = e.getValue();
        if (l.length() == length && counts.get(l) < minCount && !l.equals(unspecified(l))) {
          e.setValue(length == 4 ? l.substring(0, 3) : unspecified(l));
        }
      }
    }
    return label;
  }

  /** The root's code for an act not specified further: "19" -> "190". */
  public static String unspecified(String code) {
    return code.substring(0, 2) + "0";
  }

  /** The sorted distinct labels, {@link #NONE} first. */
  public static List<String> distinct(Iterable<String> labels) {
    java.util.TreeSet<String> sorted = new java.util.TreeSet<>();
    labels.forEach(sorted::add);
    sorted.remove(NONE);
    List<String> out = new ArrayList<>();
    out.add(NONE);
    out.addAll(sorted);
    return out;
  }
}
