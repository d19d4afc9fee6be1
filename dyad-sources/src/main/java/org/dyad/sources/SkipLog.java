package org.dyad.sources;

import java.util.ArrayList;
import java.util.List;

/** The inputs skipped while reading, shared by all the sources of one {@link Sources#open} call; thread-safe. */
final class SkipLog {
  private final List<Skipped> skipped = new ArrayList<>();

  synchronized void add(String origin, String reason) {
    skipped.add(new Skipped(origin, reason));
  }

  synchronized List<Skipped> list() {
    return List.copyOf(skipped);
  }
}
