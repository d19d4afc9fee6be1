package org.dyad.events;

import java.util.ArrayList;
import java.util.List;

/** Stage 2's result: who did it (sources) and to whom (targets), as actor ids; several when coordinated. */
record Arguments(List<String> sources, List<String> targets) {
  Arguments {
    sources = List.copyOf(sources);
    targets = List.copyOf(targets);
  }

  boolean empty() {
    return sources.isEmpty() && targets.isEmpty();
  }

  static List<String> orNull(List<String> ids) {
    if (ids.isEmpty()) {
      List<String> one = new ArrayList<>();
      one.add(null);
      return one;
    }
    return ids;
  }
}
