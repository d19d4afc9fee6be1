package org.dyad.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A word of the text being cleaned: {@code [start, end)}, a run of letters that may hold single
 * hyphens or apostrophes between letters ("al-mansour", "Assad’s"); its {@link Position}; and whether
 * it stands on a line without final punctuation (a headline or title, whose capitals prove nothing).
 */
record Word(int start, int end, Position position, boolean onHeadline) {
  /** A piece of a word between hyphens and apostrophes, in text coordinates. */
  record Part(int start, int end, boolean afterApostrophe) {
    /** Two or more letters; after an apostrophe three or more ("O’Neill", not the clitics "’s", "’ll"). */
    boolean countable() {
      return end - start >= (afterApostrophe ? 3 : 2);
    }
  }

  /** The parts of this word ("al", "mansour"). */
  List<Part> parts(CharSequence text) {
    List<Part> parts = new ArrayList<>(2);
    int partStart = start;
    boolean afterApostrophe = false;
    for (int i = start; i <= end; i++) {
      char c = i < end ? text.charAt(i) : ' ';
      if (i == end || Chars.isHyphen(c) || Chars.isApostrophe(c)) {
        parts.add(new Part(partStart, i, afterApostrophe));
        afterApostrophe = i < end && Chars.isApostrophe(c);
        partStart = i + 1;
      }
    }
    return parts;
  }
}
