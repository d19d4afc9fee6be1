package org.dyad.store;

import java.util.List;

/**
 * One period of a dyad's time series: "2024-12" or "2024" ("undated" for events without a date), the
 * number of events, their counts per quad class (index 0 = class 1, verbal cooperation, ... index 3 =
 * class 4, material conflict), the sum and mean of their Goldstein scores and the most reported ones.
 */
public record DyadPeriod(String period, int events, List<Integer> quadClassCounts, double goldsteinSum,
                         double goldsteinMean, List<StoredEvent> top) {
  public DyadPeriod {
    quadClassCounts = List.copyOf(quadClassCounts);
    top = List.copyOf(top);
  }
}
