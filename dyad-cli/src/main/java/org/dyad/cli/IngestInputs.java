package org.dyad.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dyad.input.ArticleReader;
import org.dyad.input.Metadata;

/**
 * The articles behind {@code dyad ingest}'s PATHs: .txt and .html files, directories (recursively,
 * in name order, other files skipped) and .jsonl files of articles (one per line). Each article is a
 * deferred read with the name it is reported under.
 */
final class IngestInputs {
  private IngestInputs() {}

  /** One article to ingest: where it came from (for the summary) and how to read it. */
  record Input(String where, ArticleSource source) {}

  static List<Input> collect(List<Path> paths, ArticleReader reader) {
    List<Input> out = new ArrayList<>();
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new ErrorHandler.UsageError(p + ": no such file or directory");
      }
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile).filter(IngestInputs::article).sorted().forEach(f -> add(f, reader, out));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      } else {
        add(p, reader, out);
      }
    }
    return out;
  }

  private static boolean article(Path f) {
    String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".jsonl");
  }

  private static void add(Path f, ArticleReader reader, List<Input> out) {
    String file = f.toString();
    if (file.toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
      List<ArticleSource> lines = JsonLinesSource.open(file, reader);
      for (int i = 0; i < lines.size(); i++) {
        out.add(new Input(file + " #" + (i + 1), lines.get(i)));
      }
      return;
    }
    Metadata hints = new Metadata(AnalyzeCommand.idFor(file), null, null, null);
    out.add(new Input(file, () -> {
      try {
        return reader.read(f, hints);
      } catch (IOException e) {
        throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
      }
    }));
  }
}
