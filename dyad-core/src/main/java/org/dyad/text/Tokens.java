package org.dyad.text;

/**
 * Whitespace-delimited tokens of a text, visited once each in text order, and the test for tokens that
 * are addresses (URLs, e-mail addresses, host names, file names), which no step changes.
 */
final class Tokens {
  /** Receives one token {@code [start, end)} and the number of line breaks in the whitespace before it. */
  @FunctionalInterface
  interface Visitor {
    void token(int start, int end, int newlinesBefore);
  }

  private Tokens() {}

  static void forEach(CharSequence text, Visitor visitor) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      int newlines = 0;
      while (i < n && Character.isWhitespace(text.charAt(i))) {
        newlines += text.charAt(i) == '\n' ? 1 : 0;
        i++;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        visitor.token(start, i, newlines);
      }
    }
  }

  /**
   * Whether the token is an address: it contains "://" or "@" or starts with "www.", or, without its
   * surrounding punctuation and any path, it is dotted labels of letters, digits and hyphens ending in
   * a lowercase label of two or more letters ("example.com", "news.BBC.co.uk/x").
   */
  static boolean isAddress(CharSequence text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '@' || (c == ':' && i + 2 < end && text.charAt(i + 1) == '/' && text.charAt(i + 2) == '/')) {
        return true;
      }
    }
    while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
      start++;
    }
    if (startsWithWww(text, start, end)) {
      return true;
    }
    return isHostName(text, start, hostEnd(text, start, end));
  }

  private static boolean startsWithWww(CharSequence text, int start, int end) {
    return end - start >= 4 && Character.toLowerCase(text.charAt(start)) == 'w'
        && Character.toLowerCase(text.charAt(start + 1)) == 'w' && Character.toLowerCase(text.charAt(start + 2)) == 'w'
        && text.charAt(start + 3) == '.';
  }

  private static int hostEnd(CharSequence text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (text.charAt(i) == '/') {
        return i;
      }
    }
    int e = end;
    while (e > start && !Character.isLetterOrDigit(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  private static boolean isHostName(CharSequence text, int start, int end) {
    int dots = 0;
    int lastDot = -1;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '.') {
        if (i == start || text.charAt(i - 1) == '.') {
          return false;
        }
        dots++;
        lastDot = i;
      } else if (!(Character.isLetterOrDigit(c) || c == '-')) {
        return false;
      }
    }
    return dots > 0 && end - lastDot - 1 >= 2 && isLowercaseLetters(text, lastDot + 1, end);
  }

  private static boolean isLowercaseLetters(CharSequence text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }
}
