package org.dyad.spark;

import org.dyad.pipeline.Analyzer;

/**
 * The {@link Analyzer} of this JVM: loaded on first use (the CoreNLP models take seconds and about a
 * gigabyte), then shared by every task the executor runs, partition after partition. The analyzer is
 * thread-safe, so the executor's task threads use it at once. It is made for one set of user
 * dictionaries, a job's; asked for another (a later job in the same JVM, as in tests), it is replaced,
 * so a JVM never holds two.
 */
final class ExecutorAnalyzer {
  private record Loaded(String key, Analyzer analyzer) {}

  private static volatile Loaded loaded;

  private ExecutorAnalyzer() {}

  static Analyzer get() {
    return get(ActorFiles.NONE);
  }

  static Analyzer get(ActorFiles actors) {
    Loaded l = loaded;
    if (l == null || !l.key().equals(actors.key())) {
      synchronized (ExecutorAnalyzer.class) {
        l = loaded;
        if (l == null || !l.key().equals(actors.key())) {
          loaded = null; // the old models may go before the new ones load
          l = new Loaded(actors.key(), Analyzer.standard(actors.localFiles()));
          loaded = l;
        }
      }
    }
    return l.analyzer();
  }
}
