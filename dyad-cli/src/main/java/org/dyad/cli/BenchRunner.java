package org.dyad.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dyad.input.SourceDocument;
import org.dyad.model.DyadException;
import org.dyad.nlp.CoreNlpAnnotator;
import org.dyad.pipeline.Analyzer;
import org.dyad.pipeline.Draft;
import org.dyad.pipeline.NamedStage;

/**
 * Runs {@code dyad bench}: times loading, a cold pass over the articles, then per article warm
 * runs on one thread (with per-stage times) and throughput on fixed thread pools. Progress goes to
 * stderr; the numbers come back as a {@link BenchResult}.
 */
final class BenchRunner {
  static final String TOKEN_COUNTING = "CoreNLP tokens of the cleaned text, as dyad's nlp stage sees it";

  private final int warmup;
  private final int repeat;
  private final List<Integer> threads;

  BenchRunner(int warmup, int repeat, List<Integer> threads) {
    this.warmup = warmup;
    this.repeat = repeat;
    this.threads = List.copyOf(threads);
  }

  BenchResult run(List<SourceDocument> articles, boolean baseline, long jvmStartToMainMillis) {
    resetPeakHeap();
    progress("loading the actor dictionary and the CoreNLP models");
    long t0 = System.nanoTime();
    Analyzer analyzer = Analyzers.get(List.of());
    double dictionary = since(t0);
    double models = millis(CoreNlpAnnotator::warmUp);
    System.gc();
    long heapAfterLoad = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();

    double[] cold = new double[articles.size()];
    for (int i = 0; i < articles.size(); i++) {
      SourceDocument doc = articles.get(i);
      cold[i] = millis(() -> analyzer.analyze(doc));
    }
    List<BenchResult.ArticleRun> runs = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      progress("timing " + articles.get(i).id());
      runs.add(warm(analyzer, articles.get(i), cold[i]));
    }
    long peakHeap = peakHeap();
    Long peakRss = peakRss();
    BenchResult.Baseline base = baseline ? new CoreNlpBaseline(warmup, repeat).run(articles) : null;
    BenchResult.Settings settings = new BenchResult.Settings(warmup, repeat, threads,
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory(),
        System.getProperty("java.vm.name") + " " + Runtime.version(), TOKEN_COUNTING);
    return new BenchResult(settings, jvmStartToMainMillis, dictionary, models, runs, heapAfterLoad, peakHeap, peakRss, base);
  }

  private BenchResult.ArticleRun warm(Analyzer analyzer, SourceDocument doc, double coldMillis) {
    int tokens = tokens(analyzer, doc);
    for (int i = 0; i < warmup; i++) {
      analyzer.analyze(doc);
    }
    analyzer.timings().reset();
    BenchResult.Warm warm = repeat(repeat, () -> analyzer.analyze(doc));
    Map<String, Double> measured = analyzer.timings().millis();
    Map<String, Double> stages = new LinkedHashMap<>(); // pipeline order, then the rest ("output")
    analyzer.stages().forEach(s -> stages.put(s.name(), measured.getOrDefault(s.name(), 0.0) / repeat));
    measured.forEach((stage, ms) -> stages.putIfAbsent(stage, ms / repeat));
    List<BenchResult.Throughput> throughput = new ArrayList<>();
    for (int n : threads) {
      throughput.add(throughput(analyzer, doc, tokens, n));
    }
    return new BenchResult.ArticleRun(doc.id(), doc.text().length(), tokens, coldMillis, warm, stages, throughput);
  }

  /** {@code repeat} copies of the article per thread, analysed by a pool of {@code n} threads. */
  private BenchResult.Throughput throughput(Analyzer analyzer, SourceDocument doc, int tokens, int n) {
    int copies = repeat * n;
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      long t0 = System.nanoTime();
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < copies; i++) {
        done.add(pool.submit(() -> analyzer.analyze(doc)));
      }
      for (Future<?> f : done) {
        f.get();
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      return new BenchResult.Throughput(n, copies, copies / seconds, copies * (double) tokens / seconds);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DyadException("bench interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new DyadException("analysing " + doc.id() + " failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Exact token count: runs the analyzer's own stages up to and including the NLP stage. */
  private static int tokens(Analyzer analyzer, SourceDocument doc) {
    Draft draft = Draft.of(doc);
    for (NamedStage s : analyzer.stages()) {
      draft = s.stage().apply(draft);
      if (draft.nlp() != null) {
        return draft.nlp().tokenCount();
      }
    }
    throw new DyadException("the analyzer has no NLP stage; stages are " + analyzer.stages());
  }

  /** Runs {@code task} {@code times} times and returns the median, min and max wall time. */
  static BenchResult.Warm repeat(int times, Runnable task) {
    double[] ms = new double[times];
    for (int i = 0; i < times; i++) {
      ms[i] = millis(task);
    }
    Arrays.sort(ms);
    double median = times % 2 == 1 ? ms[times / 2] : (ms[times / 2 - 1] + ms[times / 2]) / 2;
    return new BenchResult.Warm(median, ms[0], ms[times - 1]);
  }

  static double millis(Runnable task) {
    long t0 = System.nanoTime();
    task.run();
    return since(t0);
  }

  static double since(long nanoTime) {
    return (System.nanoTime() - nanoTime) / 1e6;
  }

  static void resetPeakHeap() {
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  static long peakHeap() {
    return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
  }

  /** Peak resident set size of this process (VmHWM), or null where /proc/self/status has none. */
  static Long peakRss() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024; // the value is in kB
        }
      }
    } catch (IOException | NumberFormatException e) {
      return null;
    }
    return null;
  }

  static void progress(String message) {
    System.err.println("dyad bench: " + message + "...");
  }
}
