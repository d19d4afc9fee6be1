package org.dyad.model;

/**
 * A stretch of an article's original text: {@code [start, end)} in UTF-16 code units of the original
 * text, with the text it covers. Every span dyad reports is one of these.
 */
public record Span(int start, int end, String text) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("span must satisfy 0 <= start <= end, got [" + start + ", " + end + ")");
    }
    if (text == null) {
      throw new IllegalArgumentException("span text must not be null");
    }
  }

  /** The span of {@code [start, end)} in {@code original}. */
  public static Span of(String original, int start, int end) {
    return new Span(start, end, original.substring(start, end));
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }
}
