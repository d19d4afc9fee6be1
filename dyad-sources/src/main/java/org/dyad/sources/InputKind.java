package org.dyad.sources;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * What a file holds, by its extension and, where the extension does not say, by its first bytes:
 * {@code WARC/} (also gzipped) is an archive, {@code <rss}, {@code <feed} or {@code <rdf:RDF} a feed.
 */
enum InputKind {
  TEXT,
  HTML,
  JSON_LINES,
  FEED,
  WARC;

  /** How many bytes content sniffing looks at. */
  static final int SNIFF = 4096;

  /** The extensions dyad reads, as the note on a skipped file lists them. */
  static final String KNOWN = ".txt .text .md .html .htm .xhtml .jsonl .ndjson .rss .atom .xml (feeds) .warc .warc.gz";

  /** The kind a file's extension names; {@code .xml} and unknown extensions are sniffed by {@link #sniff}. */
  static Optional<InputKind> byExtension(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
      return Optional.of(WARC);
    }
    String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
    return switch (ext) {
      case "txt", "text", "md" -> Optional.of(TEXT);
      case "html", "htm", "xhtml" -> Optional.of(HTML);
      case "jsonl", "ndjson" -> Optional.of(JSON_LINES);
      case "rss", "atom" -> Optional.of(FEED);
      default -> Optional.empty();
    };
  }

  /** True for {@code .xml} files: feeds are told from other XML by their content. */
  static boolean isXml(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml");
  }

  /** A feed or an archive recognised by the file's first bytes; empty for anything else. */
  static Optional<InputKind> sniff(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(SNIFF);
    }
    if (head.length >= 2 && head[0] == (byte) 0x1F && head[1] == (byte) 0x8B) {
      return gunzippedHead(file).startsWith("WARC/") ? Optional.of(WARC) : Optional.empty();
    }
    String text = new String(head, StandardCharsets.ISO_8859_1);
    if (text.startsWith("WARC/")) {
      return Optional.of(WARC);
    }
    return isFeed(text) ? Optional.of(FEED) : Optional.empty();
  }

  /** A feed's root element comes before any HTML element (and UTF-16 feeds are not sniffed). */
  static boolean isFeed(String head) {
    String lower = head.toLowerCase(Locale.ROOT);
    int html = lower.indexOf("<html");
    for (String root : new String[] {"<rss", "<feed", "<rdf:rdf"}) {
      int at = lower.indexOf(root);
      if (at >= 0 && (html < 0 || at < html)) {
        return true;
      }
    }
    return false;
  }

  private static String gunzippedHead(Path file) {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return new String(in.readNBytes(5), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      return "";
    }
  }
}
