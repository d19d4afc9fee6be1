package org.dyad.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.data.Cues;

/**
 * Where to cut a sentence that is longer than the parser may take. Tagging, NER and above all the
 * dependency parser and the coder's tree walks grow faster than linearly with a sentence's length
 * (an unpunctuated 20 KB "sentence" took minutes), so no piece is longer than {@code maxTokens}.
 * A piece ends at the last clause boundary in the second half of its allowance, the strongest found:
 * a semicolon, colon or dash, else a comma, else before a coordinating or subordinating conjunction,
 * else (a list of words with no boundary at all) hard at the limit. Sentences within the limit are
 * never cut.
 */
public final class LongSentences {
  /** Far above a news sentence (rarely over 80 tokens), far below where parsing time explodes. */
  public static final int DEFAULT_MAX_TOKENS = 150;

  private static final Set<String> STRONG = Set.of(";", ":", "--", "-", "\u2013", "\u2014");
  private static final Set<String> COMMA = Set.of(",");
  private static final Set<String> CONJUNCTIONS = Cues.named("clause-conjunctions");

  /**
   * A piece starts at token {@code index} (0-based in the sentence); {@code mark} is the token the cut
   * fell on (the comma, the conjunction, the last token before a hard cut), {@code at} says what it is.
   */
  public record Cut(int index, int mark, String at) {}

  private final int maxTokens;

  public LongSentences(int maxTokens) {
    if (maxTokens < 2) {
      throw new IllegalArgumentException("maxTokens must be >= 2, got " + maxTokens);
    }
    this.maxTokens = maxTokens;
  }

  public int maxTokens() {
    return maxTokens;
  }

  /** The starts of the second and later pieces of a sentence of these words; empty when it fits. */
  public List<Cut> cuts(List<String> words) {
    List<Cut> out = new ArrayList<>();
    int start = 0;
    while (words.size() - start > maxTokens) {
      Cut cut = cut(words, start);
      out.add(cut);
      start = cut.index();
    }
    return out;
  }

  private Cut cut(List<String> words, int start) {
    int from = start + maxTokens / 2;
    int to = start + maxTokens; // the next piece may start at most here
    int after = lastIn(words, from, to, STRONG);
    if (after >= 0) {
      return new Cut(after + 1, after, "a semicolon, colon or dash");
    }
    after = lastIn(words, from, to, COMMA);
    if (after >= 0) {
      return new Cut(after + 1, after, "a comma");
    }
    for (int i = to; i > from; i--) {
      String w = words.get(i).toLowerCase(Locale.ROOT);
      if (CONJUNCTIONS.contains(w)) {
        return new Cut(i, i, "'" + words.get(i) + "'");
      }
    }
    return new Cut(to, to - 1, "no boundary (a hard cut)");
  }

  /** The last token in [from, to) that is one of {@code marks}, or -1. */
  private static int lastIn(List<String> words, int from, int to, Set<String> marks) {
    for (int i = to - 1; i >= from; i--) {
      if (marks.contains(words.get(i))) {
        return i;
      }
    }
    return -1;
  }
}
