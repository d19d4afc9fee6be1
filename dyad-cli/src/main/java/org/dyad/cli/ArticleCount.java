package org.dyad.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * How many articles a batch holds, where the files alone say it: every file a text or HTML page,
 * one article each. A JSON Lines file, a feed, an archive or a file whose kind only its content
 * tells holds an unknown number, and so does the batch ({@link Progress#UNKNOWN_TOTAL}).
 */
final class ArticleCount {
  private static final Set<String> ONE_ARTICLE = Set.of("txt", "text", "md", "html", "htm", "xhtml");
  /** Walking a huge tree only to count it would delay the work it counts. */
  private static final int MOST_FILES = 100_000;

  private ArticleCount() {}

  static int of(List<Path> paths) {
    int n = 0;
    for (Path p : paths) {
      try (Stream<Path> files = Files.isDirectory(p) ? Files.walk(p).filter(f -> Files.isRegularFile(f) && !hidden(p, f)) : Stream.of(p)) {
        for (Path f : (Iterable<Path>) files::iterator) {
          if (!ONE_ARTICLE.contains(extension(f)) || ++n > MOST_FILES) {
            return Progress.UNKNOWN_TOTAL;
          }
        }
      } catch (IOException | UncheckedIOException e) {
        return Progress.UNKNOWN_TOTAL; // the ingest itself reports what cannot be read
      }
    }
    return n;
  }

  /** Hidden entries are skipped by the ingest (DirectoryWalk), so they are not counted. */
  private static boolean hidden(Path root, Path f) {
    for (Path part : root.relativize(f)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static String extension(Path f) {
    String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
  }
}
