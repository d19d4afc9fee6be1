package org.dyad.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.dyad.input.ArticleReader;
import org.dyad.sources.ArticleSource;
import org.dyad.sources.InputFiles;
import org.dyad.sources.SourceItem;
import org.dyad.sources.Sources;

/**
 * The articles of one input file on an executor, read by dyad-sources. A local file is read in place;
 * a file of another file system (HDFS, S3, ...) is first copied to a local temporary file of the same
 * name (dyad-sources reads local files; a WARC or a feed is read as a whole anyway), its origins then
 * named by its URI, and the copy deleted on {@link #close}. A copied file found by walking a directory
 * is read only if dyad's directory rules would read it (its extension, a feed's content).
 */
final class FileArticles implements AutoCloseable {
  private final ArticleSource source;
  private final Path copy;
  private final String name;

  private FileArticles(ArticleSource source, Path copy, String name) {
    this.source = source;
    this.copy = copy;
    this.name = name;
  }

  static FileArticles open(InputFile file, ArticleReader reader, Configuration conf) {
    if (file.local()) {
      return new FileArticles(Sources.open(Path.of(file.name()), reader), null, file.name());
    }
    Path copy = copyToLocal(file, conf);
    List<Path> read = file.walked() ? InputFiles.of(List.of(copy.getParent())).files() : List.of(copy);
    return new FileArticles(Sources.openAll(read, reader), copy, file.name());
  }

  Iterator<SourceItem> items() {
    Iterator<SourceItem> items = source.iterator();
    if (copy == null) {
      return items;
    }
    String local = copy.toString();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return items.hasNext();
      }

      @Override
      public SourceItem next() {
        SourceItem item = items.next();
        return new SourceItem(name + item.origin().substring(local.length()), item.document());
      }
    };
  }

  private static Path copyToLocal(InputFile file, Configuration conf) {
    org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(file.uri());
    try {
      Path copy = Files.createTempDirectory("dyad-input").resolve(path.getName());
      try (InputStream in = path.getFileSystem(conf).open(path)) {
        Files.copy(in, copy);
      }
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException(file.uri() + ": cannot be copied to this executor: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    source.close();
    if (copy != null) {
      try (Stream<Path> all = Files.walk(copy.getParent())) {
        for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      } catch (IOException e) {
        // A temporary copy left behind costs disk space only; the JVM's temp directory is cleaned with it.
      }
    }
  }
}
