package org.dyad.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the {@link Word}s of a text in one pass, with their positions and headline flags. Addresses,
 * handles and hashtags ("@hamas", "#gaza") hold no words: their case is never changed.
 */
final class Words {
  private final SentencePositions positions;

  Words(SentencePositions positions) {
    this.positions = positions;
  }

  List<Word> find(CharSequence text) {
    List<Word> words = new ArrayList<>();
    Lines lines = new Lines(text);
    Tokens.forEach(text, (start, end, newlinesBefore) -> {
      char first = text.charAt(start);
      if (first == '@' || first == '#' || Tokens.isAddress(text, start, end)) {
        return;
      }
      int i = start;
      while (i < end) {
        if (Character.isLetter(text.charAt(i))) {
          int wordEnd = wordEnd(text, i, end);
          words.add(new Word(i, wordEnd, positions.of(text, i), lines.isHeadline(i)));
          i = wordEnd;
        } else {
          i++;
        }
      }
    });
    return words;
  }

  private static int wordEnd(CharSequence text, int i, int end) {
    while (i < end) {
      char c = text.charAt(i);
      boolean joiner = Chars.isHyphen(c) || Chars.isApostrophe(c);
      if (Chars.isWordChar(c)) {
        i++;
      } else if (joiner && i + 1 < end && Character.isLetter(text.charAt(i + 1))) {
        i += 2;
      } else {
        break;
      }
    }
    return i;
  }

  /** The lines of the text, met in increasing order; a line without final punctuation is a headline. */
  private static final class Lines {
    private final CharSequence text;
    private int lineEnd = -1;
    private boolean headline;

    Lines(CharSequence text) {
      this.text = text;
    }

    boolean isHeadline(int offset) {
      if (offset > lineEnd) {
        lineEnd = offset;
        while (lineEnd < text.length() && text.charAt(lineEnd) != '\n') {
          lineEnd++;
        }
        headline = !endsWithPunctuation(lineEnd);
      }
      return headline;
    }

    private boolean endsWithPunctuation(int end) {
      int i = end - 1;
      while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
        i--;
      }
      return i >= 0 && ".!?:;,\"'\u201D\u2019)]\u2026".indexOf(text.charAt(i)) >= 0;
    }
  }
}
