package org.dyad.store;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One period of a dyad's time series: "2024-12" or "2024" ("undated" for events without a date), the
 * number of events that count as acts ({@link Counting}), their counts per quad class (index 0 =
 * class 1, verbal cooperation, ... index 3 = class 4, material conflict), the sum and mean of their
 * Goldstein scores (mean 0 when none counts) and the most reported ones; {@code leftOut} tallies the
 * events of the period that do not count, by why ("negated", "hypothetical", ...).
 */
public record DyadPeriod(String period, int events, List<Integer> quadClassCounts, double goldsteinSum,
                         double goldsteinMean, List<StoredEvent> top, Map<String, Integer> leftOut) {
  public DyadPeriod {
    quadClassCounts = List.copyOf(quadClassCounts);
    top = List.copyOf(top);
    leftOut = Collections.unmodifiableMap(new TreeMap<>(leftOut));
  }
}
