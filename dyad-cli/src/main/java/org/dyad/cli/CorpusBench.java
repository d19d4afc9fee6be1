package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dyad.input.ArticleReader;
import org.dyad.input.SourceDocument;
import org.dyad.pipeline.Analyzer;
import org.dyad.sources.ArticleSource;
import org.dyad.sources.SourceItem;
import org.dyad.sources.Sources;

/**
 * {@code dyad bench --corpus PATH}: throughput over a whole corpus (a directory or JSON Lines of
 * articles, e.g. one made by the corpus generator), each article analysed once per thread count:
 * articles/s, tokens/s, time per stage per article, and memory.
 */
final class CorpusBench {
  private CorpusBench() {}

  /** One pass over the corpus with {@code threads} threads sharing one analyzer. */
  record Pass(int threads, long articles, long tokens, double seconds, Map<String, Double> stageMillis) {}

  static void run(Path corpus, List<Integer> threadCounts, PrintWriter out) throws Exception {
    List<SourceDocument> docs = new ArrayList<>();
    try (ArticleSource source = Sources.open(corpus, new ArticleReader())) {
      for (SourceItem item : source) {
        SourceDocument d = item.document().get();
        if (!d.fatal()) {
          docs.add(d);
        }
      }
    }
    BenchRunner.progress("loading the analyzer; " + docs.size() + " articles in " + corpus);
    BenchRunner.resetPeakHeap();
    long t0 = System.nanoTime();
    Analyzer analyzer = Analyzers.get(List.of());
    analyzer.analyze(docs.get(0)); // models load on first use
    double load = BenchRunner.since(t0) / 1000; // since() gives milliseconds
    for (SourceDocument d : docs.subList(0, Math.min(20, docs.size()))) {
      analyzer.analyze(d); // JIT warm-up
    }
    List<Pass> passes = new ArrayList<>();
    for (int n : threadCounts) {
      BenchRunner.progress("analysing " + docs.size() + " articles on " + n + " thread(s)");
      passes.add(pass(analyzer, docs, n));
    }
    print(out, corpus, docs.size(), load, passes);
  }

  private static Pass pass(Analyzer analyzer, List<SourceDocument> docs, int threads) throws Exception {
    analyzer.timings().reset();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long t0 = System.nanoTime();
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (SourceDocument d : docs) {
        futures.add(pool.submit(() -> analyzer.analyze(d)));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    double seconds = BenchRunner.since(t0) / 1000;
    var t = analyzer.timings();
    return new Pass(threads, t.articles(), t.tokens(), seconds, t.millis());
  }

  private static void print(PrintWriter out, Path corpus, int size, double load, List<Pass> passes) {
    out.printf("Corpus %s: %,d articles%n", corpus, size);
    out.printf("  model load (first article included)  %8.2f s%n%n", load);
    out.printf("  %-8s %10s %12s %12s %12s%n", "threads", "articles", "seconds", "articles/s", "tokens/s");
    for (Pass p : passes) {
      out.printf("  %-8d %,10d %12.1f %12.2f %,12.0f%n", p.threads(), p.articles(), p.seconds(),
          p.articles() / p.seconds(), p.tokens() / p.seconds());
    }
    Pass first = passes.get(0);
    out.printf("%nStages, ms per article (%d thread(s), summed over threads)%n", first.threads());
    first.stageMillis().forEach((stage, ms) -> out.printf("  %-10s %10.2f%n", stage, ms / Math.max(1, first.articles())));
    out.printf("%nTokens per article: %.0f%n", (double) first.tokens() / Math.max(1, first.articles()));
    Long rss = BenchRunner.peakRss();
    out.printf("Peak heap %,d MB, peak RSS %s%n", BenchRunner.peakHeap() / (1024 * 1024),
        rss == null ? "n/a" : String.format("%,d MB", rss / (1024 * 1024)));
    out.flush();
  }
}
