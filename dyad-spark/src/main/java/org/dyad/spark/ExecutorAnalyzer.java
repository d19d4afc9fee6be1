package org.dyad.spark;

import java.util.List;
import org.dyad.pipeline.Analyzer;

/**
 * The one {@link Analyzer} of this JVM: loaded on first use (the CoreNLP models take seconds and
 * about a gigabyte), then shared by every task the executor runs, partition after partition. The
 * analyzer is thread-safe, so the executor's task threads use it at once.
 */
final class ExecutorAnalyzer {
  private static volatile Analyzer analyzer;

  private ExecutorAnalyzer() {}

  static Analyzer get() {
    Analyzer a = analyzer;
    if (a == null) {
      synchronized (ExecutorAnalyzer.class) {
        a = analyzer;
        if (a == null) {
          a = Analyzer.standard(List.of());
          analyzer = a;
        }
      }
    }
    return a;
  }
}
