package org.dyad.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Letters without their accents ("Erdoğan" -> "Erdogan", "Bogotá" -> "Bogota"): one form for names
 * and search words that writers spell with or without diacritics.
 */
public final class Accents {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private Accents() {}

  /** The text decomposed (NFD) with its combining marks dropped. */
  public static String strip(String text) {
    return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
  }
}
