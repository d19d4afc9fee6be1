package org.dyad.store;

/**
 * The relationship of two actors over time: their events (in the given direction) grouped by month
 * or year, with {@code top} events per period. Actors as in {@link EventQuery}. Only the events that
 * {@code counting} counts as acts are counted; the others are tallied apart per period.
 */
public record DyadQuery(String a, String b, Period by, EventQuery.Direction direction, int top, Counting counting) {
  /** The length of one period of the series. */
  public enum Period {
    MONTH,
    YEAR
  }

  public DyadQuery {
    if (a == null || a.isBlank() || b == null || b.isBlank()) {
      throw new IllegalArgumentException("a dyad needs two actors, got '" + a + "' and '" + b + "'");
    }
    if (top < 0) {
      throw new IllegalArgumentException("top must be >= 0, got " + top);
    }
    by = by == null ? Period.MONTH : by;
    direction = direction == null ? EventQuery.Direction.EITHER : direction;
    counting = counting == null ? Counting.ACTS : counting;
  }

  public static DyadQuery of(String a, String b, Period by) {
    return new DyadQuery(a, b, by, EventQuery.Direction.EITHER, 3, Counting.ACTS);
  }
}
