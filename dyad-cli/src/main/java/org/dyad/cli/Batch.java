package org.dyad.cli;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.dyad.model.Analysis;
import org.dyad.pipeline.Analyzer;
import org.dyad.sources.SourceItem;

/**
 * Analyses articles on a pool of threads sharing one analyzer, and hands the results on in input
 * order. Each item is read (its document decoded) on a worker thread; at most a few articles per
 * thread are in flight, so memory stays flat for any input size, also for a stream of unknown length.
 */
final class Batch {
  private final Analyzer analyzer;
  private final int threads;
  private final Consumer<Analysis> sink;

  Batch(Analyzer analyzer, int threads, Consumer<Analysis> sink) {
    this.analyzer = analyzer;
    this.threads = threads;
    this.sink = sink;
  }

  /** What a batch did. */
  record Summary(int articles, int failed, double seconds) {
    @Override
    public String toString() {
      return String.format("%d article(s) analysed, %d failed, in %.1f s (%.2f articles/s)",
          articles, failed, seconds, seconds > 0 ? articles / seconds : 0.0);
    }
  }

  Summary run(Iterable<SourceItem> items) {
    long t0 = System.nanoTime();
    int failed = 0;
    int done = 0;
    Progress progress = new Progress(items instanceof Collection<?> c ? c.size() : Progress.UNKNOWN_TOTAL);
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "dyad-analyze");
      t.setDaemon(true);
      return t;
    });
    try {
      Deque<Future<Analysis>> inFlight = new ArrayDeque<>();
      for (SourceItem item : items) {
        inFlight.add(pool.submit(() -> analyzer.analyze(item.document().get())));
        if (inFlight.size() >= threads * 2) {
          failed += drainOne(inFlight);
          progress.update(++done);
        }
      }
      while (!inFlight.isEmpty()) {
        failed += drainOne(inFlight);
        progress.update(++done);
      }
    } finally {
      pool.shutdownNow();
      progress.finish();
    }
    return new Summary(done, failed, (System.nanoTime() - t0) / 1e9);
  }

  private int drainOne(Deque<Future<Analysis>> inFlight) {
    try {
      Analysis a = inFlight.removeFirst().get();
      sink.accept(a);
      return a.article().fatal() ? 1 : 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while analysing", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
