package org.dyad.learned;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the learned head says of one clause, root by root: the probability of each CAMEO root ("01"
 * .. "20", the sum of its labels) and of no event, and each root's most probable label. For choosing
 * among the roots a lexicon lemma can have, where {@link Typing} gives only the head's first choice.
 */
public record RootTyping(Map<String, Double> roots, Map<String, String> codes, double none) {
  public RootTyping {
    roots = Map.copyOf(roots);
    codes = Map.copyOf(codes);
  }

  /** The probability the head gives the root, 0 for a root it never learned. */
  public double probability(String root) {
    return roots.getOrDefault(root, 0.0);
  }

  /** The root's most probable label ("072"), or null for a root the head never learned. */
  public String code(String root) {
    return codes.get(root);
  }

  static RootTyping of(List<String> labels, double[] p) {
    Map<String, Double> roots = new HashMap<>();
    Map<String, String> codes = new HashMap<>();
    Map<String, Double> codeP = new HashMap<>();
    double none = 0;
    for (int k = 0; k < labels.size(); k++) {
      String l = labels.get(k);
      if (l.equals(Labels.NONE)) {
        none += p[k];
        continue;
      }
      String root = l.substring(0, 2);
      roots.merge(root, p[k], Double::sum);
      if (p[k] > codeP.getOrDefault(root, -1.0)) {
        codeP.put(root, p[k]);
        codes.put(root, l);
      }
    }
    return new RootTyping(roots, codes, none);
  }
}
