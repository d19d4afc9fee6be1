package org.dyad.text;

import java.util.List;
import org.dyad.model.Span;

/**
 * The cleaned copy of an original text and the map between them. Every cleaned char knows the
 * original span it came from, so any span found in the cleaned text can be reported in the original.
 * Immutable.
 */
public final class CleanText {
  private final String original;
  private final String cleaned;
  private final int[] starts;
  private final int[] ends;
  private final List<Repair> repairs;

  CleanText(String original, String cleaned, int[] starts, int[] ends, List<Repair> repairs) {
    this.original = original;
    this.cleaned = cleaned;
    this.starts = starts;
    this.ends = ends;
    this.repairs = List.copyOf(repairs);
  }

  /** A text left as it is: the identity map and no repairs. */
  public static CleanText unchanged(String original) {
    return new EditableText(original).toCleanText();
  }

  public String original() {
    return original;
  }

  public String cleaned() {
    return cleaned;
  }

  /**
   * Original offset of cleaned char {@code cleanedOffset} ({@code 0 <= cleanedOffset <= cleaned.length()};
   * the length maps to {@code original.length()}). An inserted char maps to the original position of
   * the char after it. Non-decreasing in {@code cleanedOffset}.
   */
  public int toOriginal(int cleanedOffset) {
    if (cleanedOffset < 0 || cleanedOffset > cleaned.length()) {
      throw new IllegalArgumentException(
          "cleaned offset must be in [0, " + cleaned.length() + "], got " + cleanedOffset);
    }
    return starts[cleanedOffset];
  }

  /**
   * The original span covering cleaned {@code [cleanedStart, cleanedEnd)}: from the original position
   * of the first char to the end of the original text of the last char (all of a ligature, both chars
   * of "\r\n"). Inserted chars cover nothing; an empty range maps to an empty span.
   */
  public Span toOriginalSpan(int cleanedStart, int cleanedEnd) {
    if (cleanedStart < 0 || cleanedEnd < cleanedStart || cleanedEnd > cleaned.length()) {
      throw new IllegalArgumentException("cleaned range must satisfy 0 <= start <= end <= "
          + cleaned.length() + ", got [" + cleanedStart + ", " + cleanedEnd + ")");
    }
    int start = starts[cleanedStart];
    int end = cleanedEnd == cleanedStart ? start : ends[cleanedEnd - 1];
    return Span.of(original, start, end);
  }

  /** What was changed, in original text order. */
  public List<Repair> repairs() {
    return repairs;
  }

  @Override
  public String toString() {
    return "CleanText[" + cleaned.length() + " chars from " + original.length() + ", " + repairs.size() + " repairs]";
  }
}
