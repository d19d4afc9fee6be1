package org.dyad.events.discourse;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntPredicate;
import org.dyad.events.Candidate;

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
      Set<String> actors = offered(all.stream().filter(c -> c.sentence() == before).toList(), offered);
      if (!actors.isEmpty()) {
        return actors.size() == 1 ? actors.iterator().next() : null;
      }
    }
    return null;
  }

  /** The one actor {@code events} offer, or null when they offer none or several. */
  static String onlyActor(List<Candidate> events, Function<Candidate, Optional<String>> offered) {
    Set<String> actors = offered(events, offered);
    return actors.size() == 1 ? actors.iterator().next() : null;
  }

  private static Set<String> offered(List<Candidate> events, Function<Candidate, Optional<String>> offered) {
    Set<String> actors = new HashSet<>();
    events.forEach(c -> offered.apply(c).ifPresent(actors::add));
    return actors;
  }
}
