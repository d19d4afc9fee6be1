package org.dyad.sources;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dyad.input.ArticleReader;
import org.dyad.input.Metadata;
import org.dyad.input.SourceDocument;

/**
 * One file that is one article: the item reads the file when asked. Plain text goes straight to the
 * reader; an HTML file is read in the charset it declares. The article is named as {@link FileArticles}
 * says, as {@code dyad analyze} names it. An unreadable file becomes a MALFORMED document.
 */
final class ArticleFile {
  /** HTML files up to this size are read whole to find their charset; larger ones go to the reader's size check. */
  static final long MAX_HTML_BYTES = 64L * 1024 * 1024;

  private ArticleFile() {}

  static SourceItem item(Path file, boolean html, ArticleReader reader) {
    String origin = file.toString();
    return new SourceItem(origin, () -> read(file, html, reader));
  }

  private static SourceDocument read(Path file, boolean html, ArticleReader reader) {
    Metadata named = FileArticles.hints(file, Metadata.NONE);
    try {
      if (html && Files.size(file) <= MAX_HTML_BYTES) {
        return HtmlBytes.read(reader, Files.readAllBytes(file), null, named);
      }
      return FileArticles.titled(reader.read(file, named));
    } catch (IOException e) {
      return Failures.unreadable(file.toString(), e);
    }
  }
}
