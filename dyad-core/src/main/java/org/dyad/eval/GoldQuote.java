package org.dyad.eval;

/**
 * A direct quotation of a gold text: a distinctive part of its {@code text} and its {@code speaker}
 * (a dyad code or a name), or null when the text names none.
 */
public record GoldQuote(String speaker, String text) {
  public GoldQuote {
    speaker = GoldActor.blankToNull(speaker);
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("a gold quote needs a text");
    }
  }
}
