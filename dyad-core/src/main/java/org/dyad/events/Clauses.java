package org.dyad.events;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;

/**
 * The clauses of a sentence, as the learned event typing sees them: a predicate with its arguments and
 * modifiers, without the clauses it embeds ("Iran said [it would close the strait]" is two clauses:
 * "Iran said" and "it would close the strait"). A clause head is the sentence's root, the head of a
 * complement, parenthetical, clausal subject or relative clause, or a coordinated or adverbial verb that
 * has its own subject. Governed infinitives stay inside their governor's clause ("threatened to close
 * the strait"), participle adjuncts too ("..., killing 12 civilians").
 */
final class Clauses {
  private static final Set<String> EMBEDDED = Set.of("ccomp", "parataxis", "csubj", "acl:relcl");
  private static final Set<String> WITH_OWN_SUBJECT = Set.of("conj", "advcl");
  private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass", "csubj");
  private static final int DEPTH = 60;

  private Clauses() {}

  /** The heads of the sentence's clauses, in token order. */
  static List<Integer> heads(Sentence s) {
    List<Integer> out = new ArrayList<>();
    for (int t = 0; t < s.tokens().size(); t++) {
      if (isHead(s, t)) {
        out.add(t);
      }
    }
    return out;
  }

  static boolean isHead(Sentence s, int token) {
    if (punctuation(s, token)) {
      return false;
    }
    Dependency h = Trees.head(s, token);
    if (h == null) {
      return s.heads(token).stream().anyMatch(d -> d.governor() < 0);
    }
    String rel = h.relation();
    if (EMBEDDED.contains(rel) || EMBEDDED.contains(h.baseRelation())) {
      return true;
    }
    return WITH_OWN_SUBJECT.contains(h.baseRelation()) && s.token(token).isVerb()
        && !Trees.children(s, token, SUBJECTS).isEmpty();
  }

  /**
   * True for the clauses the learned typing looks at: those headed by a verb, and a sentence's root
   * whatever it is ("Israeli airstrikes on Gaza" as a headline). The same test serves training and
   * coding, so the model is asked only about the kind of clause it learned from.
   */
  static boolean typed(Sentence s, int head) {
    return s.token(head).isVerb() || s.heads(head).stream().anyMatch(d -> d.governor() < 0);
  }

  /** The head of the clause a token belongs to: itself or its nearest clause-heading ancestor. */
  static int headOf(Sentence s, int token) {
    if (isHead(s, token)) {
      return token;
    }
    for (int a : Trees.ancestors(s, token, DEPTH)) {
      if (isHead(s, a)) {
        return a;
      }
    }
    return token;
  }

  /** The tokens of the clause headed by {@code head}: its subtree less the clauses it embeds. */
  static BitSet tokens(Sentence s, int head) {
    BitSet out = Trees.subtree(s, head, DEPTH);
    for (int t = out.nextSetBit(0); t >= 0; t = out.nextSetBit(t + 1)) {
      if (t != head && out.get(t) && isHead(s, t)) {
        BitSet inner = Trees.subtree(s, t, DEPTH);
        inner.clear(head);
        out.andNot(inner);
      }
    }
    return out;
  }

  /**
   * The clause's words as the text writes them: adjacent tokens keep the text between them ("Iran's"),
   * gaps left by an embedded clause become one space; punctuation at either end is dropped.
   */
  static String text(String documentText, Sentence s, BitSet tokens) {
    int first = tokens.nextSetBit(0);
    int last = tokens.length() - 1;
    while (first >= 0 && first < last && punctuation(s, first)) {
      first = tokens.nextSetBit(first + 1);
    }
    while (last > first && (punctuation(s, last) || !tokens.get(last))) {
      last--;
    }
    StringBuilder out = new StringBuilder();
    int previous = -1;
    for (int t = first; t >= 0 && t <= last; t = tokens.nextSetBit(t + 1)) {
      if (previous >= 0) {
        out.append(t == previous + 1 ? documentText.substring(s.token(previous).end(), s.token(t).start()) : " ");
      }
      out.append(documentText, s.token(t).start(), s.token(t).end());
      previous = t;
    }
    return out.toString().strip();
  }

  private static boolean punctuation(Sentence s, int t) {
    return s.token(t).word().matches("[\\p{Punct}“”‘’«»—–]+");
  }
}
