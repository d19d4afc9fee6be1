package org.dyad.text;

/**
 * One change the cleaner made, for the article's problems list: its kind ({@link #SPACE},
 * {@link #UNICODE}, {@link #DATELINE} or {@link #CASE}), where it is in the original text, and the
 * text before and after. {@code before} is the text as the step found it (for an inserted space: the
 * empty string, at an empty original range just before the next original char).
 */
public record Repair(String kind, int originalStart, int originalEnd, String before, String after) {
  /** A missing space was inserted. */
  public static final String SPACE = "space";
  /** A character was normalised, expanded or deleted. */
  public static final String UNICODE = "unicode";
  /** A wire dateline ("YANGON, May 14 - ") was set apart from the first sentence. */
  public static final String DATELINE = "dateline";
  /** The capitalisation of a word was restored. */
  public static final String CASE = "case";

  public Repair {
    if (kind == null || kind.isBlank()) {
      throw new IllegalArgumentException("a repair needs a kind, got " + kind);
    }
    if (originalStart < 0 || originalEnd < originalStart) {
      throw new IllegalArgumentException(
          "repair must satisfy 0 <= start <= end, got [" + originalStart + ", " + originalEnd + ")");
    }
    if (before == null || after == null) {
      throw new IllegalArgumentException("repair text before and after must not be null");
    }
  }
}
