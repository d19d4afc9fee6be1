package org.dyad.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a long text into windows that CoreNLP annotates one at a time, so that its working memory
 * (a heavy map per token, graphs per sentence) stays bounded whatever the article's length. A window
 * ends at the last blank line in the second half of its allowance, where a sentence always ends
 * anyway and a cut changes nothing; failing that at a line break, a sentence end (". "), a space, or
 * hard at the limit. A text within one window is not cut.
 */
public final class TextWindows {
  /** Characters per window: more than any news article, a few MB of CoreNLP's memory. */
  public static final int DEFAULT_CHARS = 100_000;

  /** [start, end) of one window; {@code clean} when it ends at a blank line (or the text's end). */
  public record Window(int start, int end, boolean clean) {}

  private TextWindows() {}

  public static List<Window> of(String text, int size) {
    if (size < 2) {
      throw new IllegalArgumentException("window size must be >= 2, got " + size);
    }
    List<Window> out = new ArrayList<>();
    int start = 0;
    while (text.length() - start > size) {
      int from = start + size / 2;
      int to = start + size;
      int end = blankLine(text, from, to);
      boolean clean = end >= 0;
      if (!clean) {
        end = firstOf(text.lastIndexOf('\n', to - 1), from, 1);
      }
      if (end < 0) {
        end = firstOf(text.lastIndexOf(". ", to - 2), from, 2);
      }
      if (end < 0) {
        end = firstOf(text.lastIndexOf(' ', to - 1), from, 1);
      }
      if (end < 0 || end <= start) {
        end = Character.isLowSurrogate(text.charAt(to)) ? to - 1 : to;
      }
      out.add(new Window(start, end, clean));
      start = end;
    }
    out.add(new Window(start, text.length(), true));
    return out;
  }

  /** The end of the last "\n" + blank + "\n" in [from, to), just after its second line break, or -1. */
  private static int blankLine(String text, int from, int to) {
    for (int i = text.lastIndexOf('\n', to - 1); i >= from; i = text.lastIndexOf('\n', i - 1)) {
      int j = i - 1;
      while (j >= from && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
        j--;
      }
      if (j >= from && text.charAt(j) == '\n') {
        return i + 1;
      }
    }
    return -1;
  }

  /** {@code found + length} if found is at or after {@code from}, else -1. */
  private static int firstOf(int found, int from, int length) {
    return found >= from ? found + length : -1;
  }
}
