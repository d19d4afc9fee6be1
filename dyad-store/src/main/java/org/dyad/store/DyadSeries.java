package org.dyad.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Groups a dyad's events into periods: counts per quad class, Goldstein sum and mean, top events, of
 * the events that count as acts; the others only tallied, so that a negated release never adds +7.
 */
final class DyadSeries {
  private DyadSeries() {}

  static List<DyadPeriod> of(List<StoredEvent> events, DyadQuery q) {
    Map<String, List<StoredEvent>> byPeriod = new TreeMap<>();
    Map<String, Map<String, Integer>> leftOut = new TreeMap<>();
    for (StoredEvent e : events) {
      String period = period(e.event().date(), q.by());
      List<StoredEvent> counted = byPeriod.computeIfAbsent(period, k -> new ArrayList<>());
      Map<String, Integer> apart = leftOut.computeIfAbsent(period, k -> new TreeMap<>());
      String why = q.counting().leftOutAs(e.event());
      if (why == null) {
        counted.add(e);
      } else {
        apart.merge(why, 1, Integer::sum);
      }
    }
    List<DyadPeriod> out = new ArrayList<>();
    byPeriod.forEach((period, list) -> {
      Integer[] quads = {0, 0, 0, 0};
      double sum = 0;
      for (StoredEvent e : list) {
        quads[e.event().quadClass() - 1]++;
        sum += e.event().goldstein();
      }
      List<StoredEvent> top = list.stream()
          .sorted(Comparator.comparingInt(StoredEvent::numArticles).reversed()
              .thenComparing(e -> -Math.abs(e.event().goldstein())))
          .limit(q.top()).toList();
      out.add(new DyadPeriod(period, list.size(), List.of(quads), sum, list.isEmpty() ? 0 : sum / list.size(), top,
          leftOut.get(period)));
    });
    return out;
  }

  /** "2024-12" or "2024" from an event date; "undated" without one; a year-only date stays a year. */
  static String period(String date, DyadQuery.Period by) {
    if (date == null || date.length() < 4) {
      return "undated";
    }
    return by == DyadQuery.Period.YEAR || date.length() < 7 ? date.substring(0, 4) : date.substring(0, 7);
  }
}
