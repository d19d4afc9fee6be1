package org.dyad.sources;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.dyad.input.ArticleReader;

/**
 * Chooses how to read a path. A path given explicitly is always read: a directory is walked, an
 * {@code .xml} file is read as a feed, a file of unknown extension is sniffed and else read as one
 * article. In a directory, files of unknown extension and XML that is no feed are skipped with a note.
 */
final class Inputs {
  private final ArticleReader reader;
  private final SkipLog skips;

  Inputs(ArticleReader reader, SkipLog skips) {
    this.reader = reader;
    this.skips = skips;
  }

  SkipLog skips() {
    return skips;
  }

  /** The source of a path given by the user. */
  ArticleSource explicit(Path path) {
    if (Files.isDirectory(path)) {
      return new ConcatSource(new DirectoryWalk(path, this), skips);
    }
    if (!Files.exists(path)) {
      return failed(path, new NoSuchFileException(path.toString()));
    }
    Optional<InputKind> kind = InputKind.byExtension(path);
    if (kind.isEmpty() && InputKind.isXml(path)) {
      kind = Optional.of(InputKind.FEED);
    }
    if (kind.isEmpty()) {
      try {
        kind = InputKind.sniff(path);
      } catch (IOException e) {
        return failed(path, e);
      }
    }
    return of(path, kind.orElse(InputKind.TEXT));
  }

  /** The source of a file found in a directory walk, or empty (with a note) when it is skipped. */
  Optional<ArticleSource> inDirectory(Path file) {
    if (Files.isDirectory(file)) {
      skips.add(file.toString(), "a symbolic link to a directory (not followed)");
      return Optional.empty();
    }
    if (!Files.isRegularFile(file)) {
      skips.add(file.toString(), "not a regular file");
      return Optional.empty();
    }
    Optional<InputKind> kind = InputKind.byExtension(file);
    if (kind.isEmpty() && InputKind.isXml(file)) {
      try {
        kind = InputKind.sniff(file).filter(k -> k == InputKind.FEED);
      } catch (IOException e) {
        return Optional.of(failed(file, e));
      }
      if (kind.isEmpty()) {
        skips.add(file.toString(), "XML but not an RSS or Atom feed");
      }
    } else if (kind.isEmpty()) {
      skips.add(file.toString(), "unknown extension; dyad reads " + InputKind.KNOWN);
    }
    return kind.map(k -> of(file, k));
  }

  private ArticleSource of(Path file, InputKind kind) {
    return switch (kind) {
      case TEXT -> FixedSource.of(ArticleFile.item(file, false, reader));
      case HTML -> FixedSource.of(ArticleFile.item(file, true, reader));
      case JSON_LINES -> JsonLinesSource.of(file, reader);
      case FEED -> new FeedSource(file, reader, skips);
      case WARC -> new WarcSource(file, reader, skips);
    };
  }

  static ArticleSource failed(Path path, IOException e) {
    return FixedSource.of(SourceItem.of(path.toString(), Failures.unreadable(path.toString(), e)));
  }
}
