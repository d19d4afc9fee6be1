package org.dyad.learned;

/**
 * What the learned head says of one clause: a CAMEO code, or null for no event, and the probability
 * of that decision (for a code, the probability of its root: the head's labels of one root add up).
 */
public record Typing(String cameo, double probability) {
  public boolean event() {
    return cameo != null;
  }

  /** The head's decision on one embedded clause. */
  public static Typing of(SoftmaxHead head, float[] v) {
    return decide(head.labels(), head.probabilities(v));
  }

  /**
   * The decision from a head's probabilities: the root with the most probability against "no event";
   * within it the most probable code when it holds at least half of the root's mass, else the root's
   * unspecified code ("190"): the model is surer of the kind of act than of its detail.
   */
  static Typing decide(java.util.List<String> labels, double[] p) {
    java.util.Map<String, Double> roots = new java.util.HashMap<>();
    double none = 0;
    for (int k = 0; k < labels.size(); k++) {
      String l = labels.get(k);
      if (l.equals(Labels.NONE)) {
        none += p[k];
      } else {
        roots.merge(l.substring(0, 2), p[k], Double::sum);
      }
    }
    String root = null;
    double best = -1;
    for (var e : roots.entrySet()) {
      if (e.getValue() > best || (e.getValue() == best && e.getKey().compareTo(root) < 0)) {
        root = e.getKey();
        best = e.getValue();
      }
    }
    if (root == null || none >= best) {
      return new Typing(null, none);
    }
    String code = Labels.unspecified(root);
    double codeP = -1;
    for (int k = 0; k < labels.size(); k++) {
      if (labels.get(k).startsWith(root) && !labels.get(k).equals(Labels.NONE) && p[k] > codeP) {
        codeP = p[k];
        code = codeP * 2 >= best ? labels.get(k) : Labels.unspecified(root);
      }
    }
    return new Typing(code, best);
  }
}
