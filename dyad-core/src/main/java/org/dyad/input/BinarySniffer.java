package org.dyad.input;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.dyad.model.Problem;

/**
 * Recognises binary content: well-known file signatures (PDF, ZIP, GZIP, PNG, JPEG), NUL characters,
 * or a high share of control characters in the first {@value #SAMPLE} bytes or characters.
 */
final class BinarySniffer {
  static final int SAMPLE = 8192;
  /** Above this share of control characters in the sample, content is binary. */
  static final double MAX_CONTROL_SHARE = 0.10;

  private record Signature(String name, byte[] magic) {}

  private static final List<Signature> SIGNATURES = List.of(
      new Signature("a PDF document", "%PDF-".getBytes(StandardCharsets.US_ASCII)),
      new Signature("a ZIP archive (or an Office document)", new byte[] {'P', 'K', 3, 4}),
      new Signature("a ZIP archive", new byte[] {'P', 'K', 5, 6}),
      new Signature("a GZIP archive", new byte[] {0x1F, (byte) 0x8B}),
      new Signature("a PNG image", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
      new Signature("a JPEG image", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}));

  private BinarySniffer() {}

  /** Signatures always; NUL and control bytes unless a UTF-16 byte order mark explains them. */
  static Optional<Problem> sniff(byte[] bytes) {
    for (Signature s : SIGNATURES) {
      if (startsWith(bytes, s.magic())) {
        return Optional.of(Problem.of(Problem.Kind.BINARY, "binary content: looks like " + s.name() + ", not text"));
      }
    }
    if (TextDecoder.hasUtf16Bom(bytes)) {
      return Optional.empty();
    }
    int n = Math.min(bytes.length, SAMPLE);
    int[] units = new int[n];
    for (int i = 0; i < n; i++) {
      units[i] = bytes[i] & 0xFF;
    }
    return controls(units, "byte", false);
  }

  /** NUL and control characters in the first {@value #SAMPLE} characters of decoded text. */
  static Optional<Problem> sniff(String text) {
    int n = Math.min(text.length(), SAMPLE);
    int[] units = new int[n];
    for (int i = 0; i < n; i++) {
      units[i] = text.charAt(i);
    }
    return controls(units, "character", true);
  }

  /** C1 controls (U+0080..U+009F) count only in decoded text: as bytes they are parts of UTF-8 sequences. */
  private static Optional<Problem> controls(int[] units, String unit, boolean c1) {
    int controls = 0;
    for (int i = 0; i < units.length; i++) {
      if (units[i] == 0) {
        return Optional.of(Problem.of(Problem.Kind.BINARY,
            "binary content: NUL " + unit + " at offset " + i + "; expected text"));
      }
      if (isControl(units[i], c1)) {
        controls++;
      }
    }
    if (units.length > 0 && controls > MAX_CONTROL_SHARE * units.length) {
      return Optional.of(Problem.of(Problem.Kind.BINARY, "binary content: " + percent(controls, units.length)
          + "% of the first " + units.length + " " + unit + "s are control characters; expected text"));
    }
    return Optional.empty();
  }

  private static boolean isControl(int c, boolean c1) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F || (c1 && c >= 0x80 && c < 0xA0);
  }

  static int percent(int part, int whole) {
    return (int) Math.round(100.0 * part / whole);
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
