package org.dyad.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Wall time spent in each stage, and articles and tokens analysed, summed over all threads (for `dyad bench`). */
public final class StageTimings {
  private final Map<String, LongAdder> nanos = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
  private final LongAdder tokens = new LongAdder();
  private final LongAdder articles = new LongAdder();

  void add(String stage, long elapsedNanos) {
    nanos.computeIfAbsent(stage, k -> new LongAdder()).add(elapsedNanos);
  }

  /** Milliseconds per stage, in the order stages were first seen. */
  public Map<String, Double> millis() {
    Map<String, Double> out = new LinkedHashMap<>();
    synchronized (nanos) {
      nanos.forEach((k, v) -> out.put(k, v.sum() / 1e6));
    }
    return out;
  }

  void countArticle(int tokenCount) {
    articles.increment();
    tokens.add(tokenCount);
  }

  /** Articles analysed (not failed) since the last reset. */
  public long articles() {
    return articles.sum();
  }

  /** CoreNLP tokens of the articles analysed since the last reset. */
  public long tokens() {
    return tokens.sum();
  }

  public void reset() {
    nanos.clear();
    tokens.reset();
    articles.reset();
  }
}
