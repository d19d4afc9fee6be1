package org.dyad.input;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.dyad.model.Problem;

/**
 * Decodes article bytes strictly: UTF-16 when a UTF-16 byte order mark says so, else UTF-8 (a UTF-8
 * BOM is dropped). The first malformed sequence is reported with its byte offset.
 */
final class TextDecoder {
  private TextDecoder() {}

  /** The result of decoding: the text, or why there is none. */
  sealed interface Decoded permits Text, Failed {}

  record Text(String value) implements Decoded {}

  record Failed(Problem problem) implements Decoded {}

  /** True when the bytes start with a UTF-16 byte order mark (then NUL bytes are normal). */
  static boolean hasUtf16Bom(byte[] bytes) {
    return bytes.length >= 2
        && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
  }

  static Decoded decode(byte[] bytes) {
    Charset charset = StandardCharsets.UTF_8;
    int skip = 0;
    if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
      skip = 3;
    } else if (hasUtf16Bom(bytes)) {
      charset = bytes[0] == (byte) 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
      skip = 2;
    }
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    CharBuffer out = CharBuffer.allocate((int) Math.ceil(in.remaining() * (double) decoder.maxCharsPerByte()) + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      return new Failed(invalid(charset, bytes, in.position(), result.length()));
    }
    if (result.isOverflow()) {
      throw new IllegalStateException("decoder output buffer too small for " + bytes.length + " bytes");
    }
    out.flip();
    return new Text(out.toString());
  }

  private static Problem invalid(Charset charset, byte[] bytes, int offset, int length) {
    int end = Math.min(bytes.length, offset + Math.max(1, length));
    String hex = HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes, offset, end);
    String expected = charset == StandardCharsets.UTF_8 ? "; expected UTF-8, or UTF-16 with a byte order mark" : "";
    return Problem.of(Problem.Kind.INVALID_ENCODING,
        "invalid " + charset.name() + " at byte offset " + offset + " (bytes " + hex + ")" + expected);
  }
}
