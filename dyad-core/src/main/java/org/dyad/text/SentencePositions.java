package org.dyad.text;

/**
 * Tells the {@link Position} of a word from the text before it: the start of the text or of a
 * paragraph (after a blank line), or a sentence start after ". ", "? " or "! " (also after a closing
 * quote following the period), is {@link Position#START}, except after an abbreviation ("Dr.", "e.g.",
 * "U.S.") or an initial.
 */
final class SentencePositions {
  private static final int LONGEST_ABBREVIATION = 12;

  private final Abbreviations abbreviations;

  SentencePositions(Abbreviations abbreviations) {
    this.abbreviations = abbreviations;
  }

  Position of(CharSequence text, int wordStart) {
    int i = wordStart - 1;
    boolean opened = false;
    while (i >= 0 && Chars.isOpening(text.charAt(i))) {
      opened = true;
      i--;
    }
    if (i < 0) {
      return Position.START;
    }
    if (!Character.isWhitespace(text.charAt(i))) {
      return opened ? Position.UNCLEAR : Position.MID;
    }
    int newlines = 0;
    for (; i >= 0 && Character.isWhitespace(text.charAt(i)); i--) {
      newlines += text.charAt(i) == '\n' ? 1 : 0;
    }
    if (i < 0 || newlines >= 2) {
      return Position.START;
    }
    Position after = afterPunctuation(text, i);
    return after == Position.MID && (opened || newlines == 1) ? Position.UNCLEAR : after;
  }

  /** The position after the last non-space char {@code i} before a word. */
  private Position afterPunctuation(CharSequence text, int i) {
    int j = i;
    while (j >= 0 && Chars.isClosing(text.charAt(j))) {
      j--;
    }
    if (j < 0) {
      return Position.MID;
    }
    char c = text.charAt(j);
    if (c == '.') {
      boolean ellipsis = j > 0 && text.charAt(j - 1) == '.';
      return ellipsis ? Position.UNCLEAR : abbreviationBefore(text, j) ? Position.MID : Position.START;
    }
    if (c == '?' || c == '!') {
      return j < i ? Position.UNCLEAR : Position.START;
    }
    return c == ':' || c == '\u2026' ? Position.UNCLEAR : Position.MID;
  }

  /** Whether the period at {@code dot} ends an abbreviation, an initial or an initialism. */
  private boolean abbreviationBefore(CharSequence text, int dot) {
    int start = dot;
    while (start > 0 && dot - start <= LONGEST_ABBREVIATION
        && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
      start--;
    }
    if (start == dot || dot - start > LONGEST_ABBREVIATION) {
      return false;
    }
    CharSequence word = text.subSequence(start, dot);
    return dot - start == 1 || word.toString().indexOf('.') >= 0 || abbreviations.isAbbreviation(word);
  }
}
