package org.dyad.sources;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.dyad.input.ArticleReader;

/**
 * The facade of this package: opens files, directories, JSON Lines, RSS/Atom feeds and WARC archives
 * as one lazily read {@link ArticleSource}. Nothing is read until the iteration asks for it; a path
 * that does not exist or cannot be read becomes an item with a fatal problem, like any bad input.
 */
public final class Sources {
  private Sources() {}

  /** The articles of one path: a file of any supported kind, or a directory walked recursively. */
  public static ArticleSource open(Path path, ArticleReader reader) {
    return openAll(List.of(notNull(path, "path")), reader);
  }

  /** The articles of several paths, one after the other in the order given. */
  public static ArticleSource openAll(List<Path> paths, ArticleReader reader) {
    notNull(paths, "paths");
    notNull(reader, "reader");
    for (int i = 0; i < paths.size(); i++) {
      notNull(paths.get(i), "paths[" + i + "]");
    }
    SkipLog skips = new SkipLog();
    Inputs inputs = new Inputs(reader, skips);
    List<Supplier<ArticleSource>> sources = paths.stream()
        .<Supplier<ArticleSource>>map(p -> () -> inputs.explicit(p))
        .toList();
    return new ConcatSource(sources.iterator(), skips);
  }

  /**
   * The articles of a JSON Lines stream such as standard input, named {@code name} in origins
   * ({@code name:line}); closing the source closes the stream.
   */
  public static ArticleSource jsonLines(InputStream in, String name, ArticleReader reader) {
    notNull(in, "in");
    notNull(reader, "reader");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank, got '" + name + "'");
    }
    return new JsonLinesSource(() -> in, name, reader);
  }

  private static <T> T notNull(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }
}
