package org.dyad.sources;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.input.ArticleReader;
import org.dyad.input.Metadata;
import org.dyad.input.SourceDocument;

/**
 * Reads the bytes of an HTML page in the charset it declares: a byte order mark first, then the
 * HTTP Content-Type charset, then a {@code <meta charset>} in the first {@value #SNIFF} bytes. UTF-8
 * and undeclared pages go to {@link ArticleReader#read(byte[], Metadata)}, which decodes strictly and
 * reports bad bytes; a page in another charset is decoded leniently, as browsers do.
 */
final class HtmlBytes {
  static final int SNIFF = 4096;
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  private HtmlBytes() {}

  static SourceDocument read(ArticleReader reader, byte[] bytes, String declaredCharset, Metadata hints) {
    Optional<Charset> charset = hasBom(bytes) ? Optional.empty()
        : charset(declaredCharset).or(() -> charset(metaCharset(bytes)));
    if (charset.isEmpty() || charset.get().equals(StandardCharsets.UTF_8) || charset.get().name().startsWith("UTF-16")) {
      return reader.read(bytes, hints);
    }
    return reader.fromHtml(new String(bytes, charset.get()), hints);
  }

  /** The charset a label names; ISO-8859-1 and ASCII mean windows-1252 on the web. Empty when unknown. */
  static Optional<Charset> charset(String label) {
    if (label == null || label.isBlank()) {
      return Optional.empty();
    }
    String name = label.strip().replaceAll("^[\"']|[\"']$", "").toLowerCase(Locale.ROOT);
    if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
      name = "windows-1252";
    }
    try {
      return Optional.of(Charset.forName(name));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  static String metaCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, SNIFF), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? m.group(1) : null;
  }

  private static boolean hasBom(byte[] b) {
    return (b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF)
        || (b.length >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE)));
  }
}
