package org.dyad.store;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which events make the network: those whose dates meet {@code [from, to]} (null = open; undated
 * events only when both are null), of the given quad classes (empty = all), that count as acts
 * ({@link Counting}: by default neither negated nor hypothetical); at most {@code maxNodes} actors,
 * the most active.
 */
public record NetworkQuery(LocalDate from, LocalDate to, Set<Integer> quadClasses, int maxNodes, Counting counting) {
  public NetworkQuery(LocalDate from, LocalDate to, Set<Integer> quadClasses, int maxNodes) {
    this(from, to, quadClasses, maxNodes, Counting.ACTS);
  }

  public NetworkQuery {
    counting = counting == null ? Counting.ACTS : counting;
    quadClasses = Set.copyOf(quadClasses);
    for (int q : quadClasses) {
      if (q < 1 || q > 4) {
        throw new IllegalArgumentException("quad class must be 1..4, got " + q);
      }
    }
    if (maxNodes < 1) {
      throw new IllegalArgumentException("maxNodes must be >= 1, got " + maxNodes);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from must not be after to, got " + from + " and " + to);
    }
  }

  public static NetworkQuery all() {
    return new NetworkQuery(null, null, Set.of(), 100);
  }
}
