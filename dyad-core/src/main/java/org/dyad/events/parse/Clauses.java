package org.dyad.events.parse;

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
 *
 * <p>Built once per sentence: each token's basic head is found once ({@link Trees#head} is costly), and
 * the rest walks that array.
 */
public final class Clauses {
  private static final Set<String> EMBEDDED = Set.of("ccomp", "parataxis", "csubj", "acl:relcl");
  private static final Set<String> WITH_OWN_SUBJECT = Set.of("conj", "advcl");
  private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass", "csubj");
  private final Sentence sentence;
  private final Dependency[] head;
  private final boolean[] clauseHead;

  private Clauses(Sentence s) {
    this.sentence = s;
    int n = s.tokens().size();
    head = new Dependency[n];
    for (int t = 0; t < n; t++) {
      head[t] = Trees.head(s, t);
    }
    clauseHead = new boolean[n];
    for (int t = 0; t < n; t++) {
      clauseHead[t] = computeIsHead(t);
    }
  }

  public static Clauses of(Sentence s) {
    return new Clauses(s);
  }

  /** The heads of the sentence's clauses, in token order. */
  public List<Integer> heads() {
    List<Integer> out = new ArrayList<>();
    for (int t = 0; t < clauseHead.length; t++) {
      if (clauseHead[t]) {
        out.add(t);
      }
    }
    return out;
  }

  boolean isHead(int token) {
    return clauseHead[token];
  }

  /** The basic head of a token, or null for the root. */
  public Dependency headOf(int token) {
    return head[token];
  }

  private boolean computeIsHead(int token) {
    Sentence s = sentence;
    if (punctuation(s, token)) {
      return false;
    }
    Dependency h = head[token];
    if (h == null) {
      return root(token);
    }
    if (EMBEDDED.contains(h.relation()) || EMBEDDED.contains(h.baseRelation())) {
      return true;
    }
    return WITH_OWN_SUBJECT.contains(h.baseRelation()) && s.token(token).isVerb()
        && !Trees.children(s, token, SUBJECTS).isEmpty();
  }

  private boolean root(int token) {
    return sentence.heads(token).stream().anyMatch(d -> d.governor() < 0);
  }

  /**
   * True for the clauses the learned typing looks at: those headed by a verb, and a sentence's root
   * whatever it is ("Israeli airstrikes on Gaza" as a headline). The same test serves training and
   * coding, so the model is asked only about the kind of clause it learned from.
   */
  public boolean typed(int clause) {
    return sentence.token(clause).isVerb() || root(clause);
  }

  /** The head of the clause a token belongs to: itself or its nearest clause-heading ancestor. */
  public int clauseOf(int token) {
    int current = token;
    for (int steps = 0; steps <= head.length; steps++) {
      if (clauseHead[current] || head[current] == null) {
        return current;
      }
      current = head[current].governor();
    }
    return token;
  }

  /** The tokens of the clause headed by {@code clause}: its subtree less the clauses it embeds. */
  public BitSet tokens(int clause) {
    BitSet out = new BitSet();
    for (int t = 0; t < head.length; t++) {
      if (clauseOf(t) == clause && (t == clause || !clauseHead[t])) {
        out.set(t);
      }
    }
    return out;
  }

  /**
   * The clause's words as the text writes them: adjacent tokens keep the text between them ("Iran's"),
   * gaps left by an embedded clause become one space; punctuation at either end is dropped.
   */
  public String text(String documentText, BitSet tokens) {
    Sentence s = sentence;
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
