package org.dyad.quotes;

/**
 * A quotation found in the cleaned text: [start, end) of the quoted words without the marks, and
 * the marks' own [openAt, closeAt] positions. {@code label} is the speaker label of an interview
 * line ("Dr. Layla Al-Mansour: ..."), null for quotes in marks.
 */
record QuoteSpan(int openAt, int start, int end, int closeAt, Label label) {
  /** The speaker label of an interview line: its [start, end) in the cleaned text. */
  record Label(int start, int end) {}
}
