package org.dyad.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.dyad.input.ArticleReader;
import org.dyad.sources.ArticleSource;
import org.dyad.sources.SourceItem;
import org.dyad.sources.Sources;
import org.dyad.input.ReaderLimits;
import org.dyad.pipeline.Analyzer;
import org.dyad.store.ArticleIngest;
import org.dyad.store.Ingested;
import org.dyad.store.Saved;
import org.dyad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dyad ingest}: reads, analyses and stores articles on N threads, each in its own transaction
 * as soon as it is analysed. An article already stored (same text or URL) is skipped before the
 * analysis, so a rerun after an interruption only does what is left.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Analyse articles and store them in the corpus database: text and HTML files (txt, md, html, htm), "
        + "directories (recursive), JSON Lines (jsonl, one article a line), RSS/Atom feeds (rss, atom, xml) "
        + "and web archives (warc, warc.gz).")
final class IngestCommand implements Callable<Integer> {
  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Article files, directories, JSON Lines files, feeds or WARC archives.")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--db", paramLabel = "URL|DIR", description = "JDBC URL (jdbc:h2:..., jdbc:postgresql://...) or folder of an H2 database. Default: the folder dyad-data in the working directory.")
  String db;

  @Option(names = "--threads", description = "Articles analysed in parallel (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--actors", paramLabel = "FILE", description = "Extra actor dictionary (TSV, see docs/dictionaries.md); repeatable.")
  List<Path> actorFiles = new ArrayList<>();

  @Option(names = "--max-bytes", defaultValue = "5242880", description = "Largest article accepted, in bytes (default: ${DEFAULT-VALUE}).")
  int maxBytes;

  @Mixin VerboseOption verbose;

  /** What happened to one input. */
  private record Outcome(String where, Saved saved, String failure) {}

  @Override
  public Integer call() throws Exception {
    if (threads < 1) {
      throw new ErrorHandler.UsageError("--threads must be >= 1, got " + threads);
    }
    if (maxBytes < 1) {
      throw new ErrorHandler.UsageError("--max-bytes must be >= 1, got " + maxBytes);
    }
    for (Path p : paths) {
      if (!java.nio.file.Files.exists(p)) {
        throw new ErrorHandler.UsageError(p + ": no such file or directory");
      }
    }
    ArticleReader reader = new ArticleReader(new ReaderLimits(maxBytes));
    IngestSummary summary = new IngestSummary();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "dyad-ingest");
      t.setDaemon(true);
      return t;
    });
    Progress progress = new Progress(ArticleCount.of(paths));
    progress.status("loading the models");
    try (Store store = Store.open(db); ArticleSource source = Sources.openAll(paths, reader)) {
      ArticleIngest ingest = new ArticleIngest(store, this::analyzer);
      // Inputs stream (a WARC may hold millions of pages): at most a few articles per thread in flight.
      CompletionService<Outcome> done = new ExecutorCompletionService<>(pool);
      int submitted = 0;
      int finished = 0;
      for (SourceItem item : source) {
        done.submit(() -> ingest(ingest, item));
        submitted++;
        while (submitted - finished >= threads * 4) {
          summary.add(result(done));
          progress.update(++finished);
        }
      }
      while (finished < submitted) {
        summary.add(result(done));
        progress.update(++finished);
      }
      source.skipped().forEach(sk -> summary.skipped(sk.origin() + ": " + sk.reason()));
    } finally {
      // No interrupts: H2 closes its files when a thread is interrupted inside it.
      pool.shutdown();
      progress.finish();
    }
    summary.print(System.out);
    return summary.failed() > 0 ? 1 : 0;
  }

  private Outcome ingest(ArticleIngest ingest, SourceItem in) {
    try {
      Ingested result = ingest.ingest(in.document().get());
      if (result instanceof Ingested.NotAnalysed n) {
        return new Outcome(in.origin(), null, n.problem().message());
      }
      return new Outcome(in.origin(), ((Ingested.Stored) result).saved(), null);
    } catch (RuntimeException e) {
      verbose.printStackTrace(e);
      return new Outcome(in.origin(), null, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
  }

  /** The analyzer, loaded on first need: a rerun that finds everything stored loads no models. */
  private Analyzer analyzer() {
    synchronized (this) {
      return Analyzers.get(actorFiles);
    }
  }

  private static Outcome result(CompletionService<Outcome> done) throws InterruptedException {
    try {
      return done.take().get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("ingest worker failed: " + e.getCause(), e.getCause());
    }
  }

  /** The counts an ingest run reports. */
  static final class IngestSummary {
    private int fresh;
    private int known;
    private int nearDuplicates;
    private final List<String> failures = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();
    private final long t0 = System.nanoTime();

    void skipped(String note) {
      skipped.add(note);
    }

    void add(Outcome o) {
      if (o.failure() != null) {
        failures.add(o.where() + ": " + o.failure());
        return;
      }
      switch (o.saved().status()) {
        case NEW -> fresh++;
        case NEAR_DUPLICATE -> {
          fresh++;
          nearDuplicates++;
        }
        case KNOWN -> known++;
      }
    }

    int failed() {
      return failures.size();
    }

    void print(java.io.PrintStream out) {
      double secs = (System.nanoTime() - t0) / 1e9;
      int total = fresh + known + failures.size();
      out.printf("%d new (%d near-duplicates), %d already known, %d failed; %d article(s) in %.1f s (%.2f articles/s)%n",
          fresh, nearDuplicates, known, failures.size(), total, secs, secs > 0 ? total / secs : 0.0);
      failures.stream().sorted().forEach(f -> out.println("failed: " + f));
      if (!skipped.isEmpty()) {
        out.println(skipped.size() + " input(s) skipped:");
        skipped.forEach(k -> out.println("skipped: " + k));
      }
      out.flush();
    }
  }
}
