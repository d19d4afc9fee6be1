package org.dyad.input;

import java.util.Locale;
import java.util.Optional;
import org.dyad.model.Problem;

/** The size and emptiness checks of the reader, with their one-line messages. */
final class ContentChecks {
  private ContentChecks() {}

  static Optional<Problem> tooLarge(long bytes, ReaderLimits limits) {
    if (bytes <= limits.maxBytes()) {
      return Optional.empty();
    }
    return Optional.of(Problem.of(Problem.Kind.TOO_LARGE,
        "article is " + size(bytes) + ", over the limit of " + size(limits.maxBytes())));
  }

  static Optional<Problem> empty(byte[] bytes) {
    return bytes.length == 0
        ? Optional.of(Problem.of(Problem.Kind.EMPTY, "article is empty (0 bytes)"))
        : Optional.empty();
  }

  /** EMPTY when the text is empty or holds only whitespace (including no-break and zero-width spaces). */
  static Optional<Problem> blank(String text) {
    if (text.isEmpty()) {
      return Optional.of(Problem.of(Problem.Kind.EMPTY, "article is empty (0 characters)"));
    }
    for (int i = 0; i < text.length(); i++) {
      if (!isBlank(text.charAt(i))) {
        return Optional.empty();
      }
    }
    return Optional.of(Problem.of(Problem.Kind.EMPTY,
        "article contains only whitespace (" + text.length() + " characters)"));
  }

  static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
  }

  /** The length of the UTF-8 encoding of {@code s}, without encoding it. */
  static long utf8Length(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n += 1;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }

  /** "150 bytes", "1.5 KiB (1536 bytes)", "6.2 MiB (6500000 bytes)". */
  static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " bytes";
    }
    boolean mib = bytes >= 1024 * 1024;
    double value = mib ? bytes / (1024.0 * 1024) : bytes / 1024.0;
    return String.format(Locale.ROOT, "%.1f %s (%d bytes)", value, mib ? "MiB" : "KiB", bytes);
  }
}
