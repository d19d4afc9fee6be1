package org.dyad.text;

/** Character classes shared by the cleaning steps. */
final class Chars {
  private Chars() {}

  /** A closing quote or bracket; the straight quotes count as closing here. */
  static boolean isClosing(char c) {
    return switch (c) {
      case ')', ']', '}', '\u201D', '\u2019', '\u00BB', '\u203A', '"', '\'' -> true;
      default -> false;
    };
  }

  /** An opening curly quote or guillemet (not a straight quote, not a bracket). */
  static boolean isOpeningQuote(char c) {
    return c == '\u201C' || c == '\u2018' || c == '\u00AB' || c == '\u2039';
  }

  /** Anything that can open a quotation or a parenthesis before a word. */
  static boolean isOpening(char c) {
    return isOpeningQuote(c) || c == '"' || c == '\'' || c == '(' || c == '[';
  }

  /** Sentence-final punctuation. */
  static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?';
  }

  static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  /** A letter, or a combining mark that belongs to the letter before it. */
  static boolean isWordChar(char c) {
    if (Character.isLetter(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }
}
