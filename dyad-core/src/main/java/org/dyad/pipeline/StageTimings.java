package org.dyad.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Wall time spent in each stage, summed over all articles and threads (for `dyad bench`). */
public final class StageTimings {
  private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();

  void add(String stage, long elapsedNanos) {
    nanos.computeIfAbsent(stage, k -> new LongAdder()).add(elapsedNanos);
  }

  /** Milliseconds per stage, in the order stages were first seen. */
  public Map<String, Double> millis() {
    Map<String, Double> out = new LinkedHashMap<>();
    nanos.forEach((k, v) -> out.put(k, v.sum() / 1e6));
    return out;
  }

  public void reset() {
    nanos.clear();
  }
}
