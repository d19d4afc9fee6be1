package org.dyad.server.api;

import java.util.List;

/** One page of a list as the API returns it: the items, the page asked for and how many there are in all. */
public record Page<T>(List<T> items, int limit, int offset, long total) {
  public Page {
    items = List.copyOf(items);
  }

  /** A page asked for: at most {@code limit} items after skipping {@code offset}. */
  public record Request(int limit, int offset) {}

  public static <T> Page<T> of(List<T> items, Request r, long total) {
    return new Page<>(items, r.limit(), r.offset(), total);
  }
}
