package org.dyad.store.dedup;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Word shingles of a normalised text, as 64-bit hashes: lowercase, NFKC, letters and digits only,
 * so that layout, punctuation and quote styles do not count. A text shorter than the shingle width
 * is one shingle.
 */
public final class Shingles {
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private Shingles() {}

  /** The words of {@code text} after normalisation. */
  public static String[] words(String text) {
    String norm = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    String stripped = NON_WORD.matcher(norm).replaceAll(" ").strip();
    return stripped.isEmpty() ? new String[0] : stripped.split(" ");
  }

  /** The hashes of the {@code width}-word shingles of {@code text} (possibly repeated). */
  public static long[] of(String text, int width) {
    if (width < 1) {
      throw new IllegalArgumentException("shingle width must be >= 1, got " + width);
    }
    String[] w = words(text);
    if (w.length == 0) {
      return new long[0];
    }
    int n = Math.max(1, w.length - width + 1);
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      long h = 0xcbf29ce484222325L;
      for (int j = i; j < Math.min(w.length, i + width); j++) {
        h = fnv(h, w[j]);
        h = fnv(h, " ");
      }
      out[i] = h;
    }
    return out;
  }

  private static long fnv(long h, String s) {
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }
}
