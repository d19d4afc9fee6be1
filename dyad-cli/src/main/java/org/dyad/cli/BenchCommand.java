package org.dyad.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dyad.input.ArticleReader;
import org.dyad.input.Metadata;
import org.dyad.input.SourceDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dyad bench}: how long dyad takes to start, load and analyse articles, on one and more
 * threads, stage by stage, and how much memory it needs; optionally beside CoreNLP's default
 * pipeline. Numbers are for people and for docs/benchmarks.md; nothing here asserts a time.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Time model loading and article analysis (cold, warm, per stage, 1..n threads) and measure memory. "
        + "Without FILE: the bundled sample and, if found above the working directory, shared/corpus/hamas-assad-archyde.txt.")
final class BenchCommand implements Callable<Integer> {
  static final String SHARED_ARTICLE = "shared/corpus/hamas-assad-archyde.txt";

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "Articles to time (.txt or .html).")
  List<Path> files = new ArrayList<>();

  @Option(names = "--warmup", defaultValue = "1", description = "Untimed runs per article before the timed ones. Default: ${DEFAULT-VALUE}.")
  int warmup;

  @Option(names = "--repeat", defaultValue = "5", description = "Timed warm runs per article (and copies per thread). Default: ${DEFAULT-VALUE}.")
  int repeat;

  @Option(names = "--threads", split = ",", defaultValue = "1,2", paramLabel = "N[,N...]",
      description = "Thread counts to measure throughput with. Default: ${DEFAULT-VALUE}.")
  List<Integer> threads;

  @Option(names = "--format", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
  AnalyzeCommand.OutputFormat format;

  @Option(names = "--baseline-corenlp",
      description = "Also time CoreNLP's default pipeline (" + CoreNlpBaseline.ANNOTATORS + "); needs the full models jar and -Xmx3g or more.")
  boolean baseline;

  @Option(names = "--corpus", paramLabel = "PATH",
      description = "Time a whole corpus instead (a directory or JSON Lines of articles): each article once per thread count.")
  Path corpus;

  @Mixin VerboseOption verbose;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    long jvmStartToMain = Main.mainEnteredAt > 0 ? Main.mainEnteredAt - ManagementFactory.getRuntimeMXBean().getStartTime() : -1;
    if (warmup < 0) {
      throw new ErrorHandler.UsageError("--warmup must be >= 0, got " + warmup);
    }
    if (repeat < 1) {
      throw new ErrorHandler.UsageError("--repeat must be >= 1, got " + repeat);
    }
    if (threads.stream().anyMatch(n -> n < 1)) {
      throw new ErrorHandler.UsageError("--threads must list counts >= 1, got " + threads);
    }
    if (corpus != null) {
      if (!Files.exists(corpus)) {
        throw new ErrorHandler.UsageError("--corpus " + corpus + ": no such file or directory");
      }
      CorpusBench.run(corpus, threads, spec.commandLine().getOut());
      return 0;
    }
    BenchResult result = new BenchRunner(warmup, repeat, threads).run(articles(), baseline, jvmStartToMain);
    spec.commandLine().getOut().println(switch (format) {
      case text -> BenchReport.text(result);
      case json -> BenchReport.json(result);
    });
    spec.commandLine().getOut().flush();
    return 0;
  }

  private List<SourceDocument> articles() throws IOException {
    List<SourceDocument> docs = new ArrayList<>();
    if (files.isEmpty()) {
      docs.add(DemoCommand.readSample());
      Optional<Path> shared = findUpwards(Path.of("").toAbsolutePath(), SHARED_ARTICLE);
      if (shared.isPresent()) {
        docs.add(read(shared.get()));
      }
    } else {
      for (Path f : files) {
        docs.add(read(f));
      }
    }
    return docs;
  }

  private static SourceDocument read(Path file) throws IOException {
    SourceDocument doc;
    try {
      doc = new ArticleReader().read(file, new Metadata(org.dyad.sources.FileArticles.idFor(file), null, null, null));
    } catch (NoSuchFileException e) {
      throw new ErrorHandler.UsageError(file + ": no such file");
    }
    doc.fatalProblem().ifPresent(p -> {
      throw new ErrorHandler.UsageError(file + ": cannot be analysed: " + p.message());
    });
    return doc;
  }

  /** {@code relative} in {@code dir} or the nearest of its parents that has it. */
  static Optional<Path> findUpwards(Path dir, String relative) {
    for (Path d = dir; d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve(relative))) {
        return Optional.of(d.resolve(relative));
      }
    }
    return Optional.empty();
  }
}
