package org.dyad.events;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntPredicate;

/**
 * The look-back that the cross-sentence stages share ({@link ImplicitAgents}, {@link AnsweredClaims}):
 * from the sentence just before a telling, back at most {@code reach} sentences while {@code inReach}
 * allows, the first sentence whose events offer an actor decides; one actor is the answer, two or
 * more leave it unknown.
 */
final class EarlierEvents {
  private EarlierEvents() {}

  static String onlyActor(List<Candidate> all, int sentence, int reach, IntPredicate inReach,
                          Function<Candidate, Optional<String>> offered) {
    for (int d = 1; d <= reach; d++) {
      int before = sentence - d;
      if (!inReach.test(before)) {
        return null;
      }
      Set<String> actors = new HashSet<>();
      for (Candidate c : all) {
        if (c.sentence() == before) {
          offered.apply(c).ifPresent(actors::add);
        }
      }
      if (!actors.isEmpty()) {
        return actors.size() == 1 ? actors.iterator().next() : null;
      }
    }
    return null;
  }
}
