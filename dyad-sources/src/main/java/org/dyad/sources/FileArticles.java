package org.dyad.sources;

import java.nio.file.Path;
import java.util.Optional;
import org.dyad.input.Metadata;
import org.dyad.input.SourceDocument;

/**
 * What a file that is one article is called, the same in {@code dyad analyze}, in {@code dyad ingest}
 * and so in the store: its id is the file's name without directory and extension
 * ({@code corpus/hamas-assad-archyde.txt} is {@code hamas-assad-archyde}), and a plain text without a
 * given title takes its headline line ({@link Headline}) as title. The id is a name, not the store's
 * identity (that is the text's hash), so ingesting a file again still finds the stored article.
 */
public final class FileArticles {
  private FileArticles() {}

  /** The file's name without directory and extension: stable and readable. */
  public static String idFor(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** The hints for reading {@code file}: these, with the id {@link #idFor} when they give none. */
  public static Metadata hints(Path file, Metadata given) {
    return given.orElse(new Metadata(idFor(file), null, null, null));
  }

  /** A plain-text document without title, titled by its headline line when it has one; any other as it is. */
  public static SourceDocument titled(SourceDocument doc) {
    if (doc.title() != null || doc.format() != SourceDocument.Format.TEXT || doc.fatal()) {
      return doc;
    }
    Optional<String> headline = Headline.of(doc.text());
    return headline.map(h -> new SourceDocument(doc.id(), h, doc.date(), doc.url(), doc.format(), doc.text(), doc.problems()))
        .orElse(doc);
  }
}
