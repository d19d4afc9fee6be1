package org.dyad.model;

/**
 * Something wrong with an input, found while reading it leniently. {@code start}/{@code end} locate it
 * in the original text when it has a place there, else they are null.
 */
public record Problem(Kind kind, String message, Integer start, Integer end) {
  /** What sort of problem; fatal kinds stop the analysis of that article. */
  public enum Kind {
    EMPTY(true),
    BINARY(true),
    INVALID_ENCODING(true),
    TOO_LARGE(true),
    NOT_ENGLISH(true),
    MALFORMED(true),
    HTML_CLEANED(false),
    TEXT_REPAIRED(false),
    MISSING_METADATA(false),
    /** Less text than an article usually has, as when a feed gives only a summary. */
    SHORT_TEXT(false),
    /** A sentence too long to parse was cut into pieces (at a clause boundary where there was one). */
    SENTENCE_SPLIT(false),
    /** An article too long to analyse at once was analysed in windows (see docs/output-format.md). */
    WINDOWED(false),
    /** A batch record gives the id of an earlier record (both are analysed). */
    DUPLICATE_ID(false);

    private final boolean fatal;

    Kind(boolean fatal) {
      this.fatal = fatal;
    }

    public boolean fatal() {
      return fatal;
    }
  }

  public Problem {
    if (kind == null || message == null || message.isBlank()) {
      throw new IllegalArgumentException("a problem needs a kind and a message");
    }
  }

  public static Problem of(Kind kind, String message) {
    return new Problem(kind, message, null, null);
  }

  public static Problem at(Kind kind, String message, int start, int end) {
    return new Problem(kind, message, start, end);
  }
}
