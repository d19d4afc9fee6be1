package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.input.ArticleReader;
import org.dyad.input.Metadata;
import org.dyad.input.ReaderLimits;
import org.dyad.input.SourceDocument;
import org.dyad.model.Analysis;
import org.dyad.pipeline.Analyzer;
import org.dyad.sources.ArticleSource;
import org.dyad.sources.FileArticles;
import org.dyad.sources.SourceItem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad analyze}: articles in (files, stdin or JSON Lines), one analysis per article out. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = "Analyse news articles: actors, events, quotes. FILE may be text or HTML; '-' reads stdin.")
final class AnalyzeCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", arity = "0..*", description = "Article files (.txt or .html), or '-' for standard input.")
  List<String> files = new ArrayList<>();

  @Option(names = "--jsonl", paramLabel = "FILE",
      description = "Read articles from JSON Lines: {\"id\",\"title\",\"date\",\"url\",\"text\"|\"html\"} per line ('-' = stdin).")
  String jsonl;

  @Option(names = "--format", defaultValue = "text", description = "Output: text (a readable report) or json (JSON Lines). Default: ${DEFAULT-VALUE}.")
  OutputFormat format;

  @Option(names = "--pretty", description = "Indent JSON output.")
  boolean pretty;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path output;

  @Option(names = "--title", description = "Title of the article, when the input has none.")
  String title;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date, when the input has none.")
  String date;

  @Option(names = "--url", description = "URL of the article.")
  String url;

  @Option(names = "--id", description = "Id of the article (default: from its content).")
  String id;

  @Option(names = "--actors", paramLabel = "FILE", description = "Extra actor dictionary (TSV, see docs/dictionaries.md); repeatable.")
  List<Path> actorFiles = new ArrayList<>();

  @Option(names = "--threads", description = "Articles analysed in parallel (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--max-bytes", description = "Largest article accepted, in bytes (default: ${DEFAULT-VALUE}).", defaultValue = "5242880")
  int maxBytes;

  @Mixin VerboseOption verbose;

  @Override
  public Integer call() throws IOException {
    if (jsonl == null && files.isEmpty()) {
      throw new ErrorHandler.UsageError("analyze needs a FILE, '-' or --jsonl FILE (see dyad analyze --help)");
    }
    if (jsonl != null && !files.isEmpty()) {
      throw new ErrorHandler.UsageError("give either FILEs or --jsonl, not both");
    }
    if (threads < 1) {
      throw new ErrorHandler.UsageError("--threads must be >= 1, got " + threads);
    }
    if (maxBytes < 1) {
      throw new ErrorHandler.UsageError("--max-bytes must be >= 1, got " + maxBytes);
    }
    for (String f : files) {
      if (!f.equals("-") && !Files.exists(Path.of(f))) {
        throw new ErrorHandler.UsageError(f + ": no such file");
      }
    }
    Metadata hints = new Metadata(id, title, parseDate(date), url);
    ArticleReader reader = new ArticleReader(new ReaderLimits(maxBytes));
    try (ArticleSource lines = jsonl != null ? JsonlInput.open(jsonl, reader) : null) {
      return analyse(lines != null ? lines : fileItems(reader, hints));
    }
  }

  private int analyse(Iterable<SourceItem> articles) throws IOException {
    // Missing input and actor files fail before the output file is created (or truncated).
    Analyzer analyzer = Analyzers.get(actorFiles);
    try (PrintWriter out = Output.open(output)) {
      Batch batch = new Batch(analyzer, threads, a -> write(out, a));
      Batch.Summary summary = batch.run(articles);
      if (summary.articles() > 1 || jsonl != null) {
        System.err.println("dyad: " + summary);
      }
      return summary.failed() > 0 ? 1 : 0;
    }
  }

  private void write(PrintWriter out, Analysis a) {
    if (a.article().fatal() && jsonl == null) {
      String where = a.article().id();
      a.article().problems().stream().filter(p -> p.kind().fatal()).findFirst()
          .ifPresent(p -> System.err.println("dyad: " + where + ": " + p.message()));
      if (format == OutputFormat.text) {
        return;
      }
    }
    out.println(Output.render(a, format, pretty));
    out.flush();
  }

  /** One item per FILE; unlike a source's item, one whose file cannot be read stops the run as a usage error. */
  private List<SourceItem> fileItems(ArticleReader reader, Metadata hints) {
    if (files.size() > 1 && (title != null || date != null || url != null || id != null)) {
      // Metadata options describe one article; for several, each file keeps its own.
      System.err.println("dyad: note: --title/--date/--url/--id apply to every FILE given");
    }
    List<SourceItem> out = new ArrayList<>();
    for (String f : files) {
      out.add(new SourceItem(f, () -> read(reader, f, hints)));
    }
    return out;
  }

  private static SourceDocument read(ArticleReader reader, String file, Metadata hints) {
    try {
      if (file.equals("-")) {
        return FileArticles.titled(reader.read(System.in.readAllBytes(), hints));
      }
      return FileArticles.titled(reader.read(Path.of(file), FileArticles.hints(Path.of(file), hints)));
    } catch (NoSuchFileException e) {
      throw new ErrorHandler.UsageError(file + ": no such file");
    } catch (IOException e) {
      throw new ErrorHandler.UsageError(file + ": cannot read: " + e.getMessage());
    }
  }

  static LocalDate parseDate(String date) {
    if (date == null) {
      return null;
    }
    try {
      return LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw new ErrorHandler.UsageError("--date must be YYYY-MM-DD, got '" + date + "'");
    }
  }

  /** Output formats of analyze and demo. */
  enum OutputFormat { text, json }


}
