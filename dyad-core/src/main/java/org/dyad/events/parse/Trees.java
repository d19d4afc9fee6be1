package org.dyad.events.parse;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;

/** Walks over a sentence's dependency graph: children by relation, subtrees, heads. */
public final class Trees {
  private Trees() {}

  public static List<Integer> children(Sentence s, int head, Set<String> relations) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : s.dependencies()) {
      if (d.governor() == head && (relations.contains(d.relation()) || relations.contains(d.baseRelation()))) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  public static boolean hasChild(Sentence s, int head, String relation) {
    return !children(s, head, Set.of(relation)).isEmpty();
  }

  /**
   * The head and relation of a token in the basic tree (the first non-enhanced head), or null for the
   * root. A governor that is itself the token's dependent is an enhanced edge closing a cycle ("activists,
   * who they said ...": the relative clause's verb also takes its antecedent as object) and never the
   * head; of such a pair the relative clause's own edge ("a charge that Yerevan denied": charge ->
   * denied) is the basic one and is kept. Linear in the sentence's dependencies: the cycle test runs
   * only on the token's own few heads.
   */
  public static Dependency head(Sentence s, int token) {
    Dependency best = null;
    for (Dependency d : s.dependencies()) {
      if (d.dependent() != token || d.governor() < 0) {
        continue;
      }
      boolean cycle = !d.relation().startsWith("acl:relcl") && governs(s, token, d.governor());
      if (!cycle && (best == null || d.relation().length() < best.relation().length())) {
        best = d;
      }
    }
    return best;
  }

  private static boolean governs(Sentence s, int governor, int dependent) {
    for (Dependency d : s.dependencies()) {
      if (d.governor() == governor && d.dependent() == dependent) {
        return true;
      }
    }
    return false;
  }

  /** Tokens of the subtree under {@code head} (basic relations only, so enhanced cycles do not leak). */
  public static BitSet subtree(Sentence s, int head, int maxDepth) {
    BitSet out = new BitSet();
    collect(s, head, out, maxDepth);
    return out;
  }

  /**
   * How many basic relations below {@code head} each token of its subtree lies (0 for the head), -1
   * outside it or deeper than {@code maxDepth}.
   */
  public static int[] depths(Sentence s, int head, int maxDepth) {
    int[] out = new int[s.tokens().size()];
    java.util.Arrays.fill(out, -1);
    List<Integer> level = List.of(head);
    out[head] = 0;
    for (int depth = 1; depth <= maxDepth && !level.isEmpty(); depth++) {
      List<Integer> next = new ArrayList<>();
      for (int token : level) {
        for (int child : basicChildren(s, token)) {
          if (out[child] < 0) {
            out[child] = depth;
            next.add(child);
          }
        }
      }
      level = next;
    }
    return out;
  }

  private static List<Integer> basicChildren(Sentence s, int token) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : s.dependencies()) {
      if (d.governor() == token && d.dependent() != token && !d.relation().contains("xsubj") && !d.relation().equals("ref")) {
        Dependency h = head(s, d.dependent());
        if (h != null && h.governor() == token) {
          out.add(d.dependent());
        }
      }
    }
    return out;
  }

  private static void collect(Sentence s, int token, BitSet out, int depth) {
    if (out.get(token) || depth < 0) {
      return;
    }
    out.set(token);
    for (Dependency d : s.dependencies()) {
      if (d.governor() == token && d.dependent() != token && !d.relation().contains("xsubj") && !d.relation().equals("ref")) {
        Dependency h = head(s, d.dependent());
        if (h != null && h.governor() == token) {
          collect(s, d.dependent(), out, depth - 1);
        }
      }
    }
  }

  /** The chain of heads above a token, nearest first, at most {@code max}. */
  public static List<Integer> ancestors(Sentence s, int token, int max) {
    List<Integer> out = new ArrayList<>();
    int current = token;
    for (int i = 0; i < max; i++) {
      Dependency h = head(s, current);
      if (h == null || out.contains(h.governor())) {
        break;
      }
      out.add(h.governor());
      current = h.governor();
    }
    return out;
  }

  public static String lemma(Sentence s, int token) {
    return s.token(token).lemma().toLowerCase();
  }

  /** The case marker or subordinator of a phrase, lowercase ("in", "of", "to"), or "". */
  public static String caseOrMark(Sentence s, int token) {
    for (Dependency c : s.children(token)) {
      if (c.baseRelation().equals("case") || c.baseRelation().equals("mark")) {
        return s.token(c.dependent()).word().toLowerCase();
      }
    }
    return "";
  }

  /** The case marker of a nominal, lowercase ("in", "from"), or "". */
  public static String caseOf(Sentence s, int token) {
    for (Dependency c : s.children(token)) {
      if (c.baseRelation().equals("case")) {
        return s.token(c.dependent()).word().toLowerCase();
      }
    }
    return "";
  }
}
