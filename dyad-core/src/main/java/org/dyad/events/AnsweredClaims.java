package org.dyad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Stage 2c of the coder, over the whole article: "Hanoi denied the accusation", "Madrid rejected the
 * demand". An answer to an earlier claim, demand or proposal that the text names only by a noun is
 * aimed at whoever made it: the source of the nearest event of that kind aimed at the one answering,
 * in the sentences just before. With two such actors, or none, the target stays unknown.
 */
final class AnsweredClaims {
  static final int REACH = 3;
  /** The nouns that refer back to an earlier act, and the CAMEO roots that act may have. */
  static final Map<String, Set<String>> ROOTS_ANSWERED = Map.ofEntries(
      Map.entry("accusation", Set.of("11")), Map.entry("allegation", Set.of("11")),
      Map.entry("charge", Set.of("11")), Map.entry("claim", Set.of("11")),
      Map.entry("criticism", Set.of("11")), Map.entry("condemnation", Set.of("11")),
      Map.entry("demand", Set.of("10", "02")), Map.entry("call", Set.of("02", "10")),
      Map.entry("request", Set.of("02", "10")),
      Map.entry("appeal", Set.of("02")), Map.entry("ultimatum", Set.of("13", "10")), Map.entry("threat", Set.of("13")),
      Map.entry("proposal", Set.of("03", "02", "05")), Map.entry("offer", Set.of("03")), Map.entry("plan", Set.of("03", "02")),
      Map.entry("invitation", Set.of("03", "04")));

  List<Candidate> resolve(List<Candidate> candidates) {
    List<Candidate> out = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      String asker = c.target() == null && c.source() != null && c.answers() != null ? asker(c, candidates) : null;
      out.add(asker == null ? c : c.withTarget(asker, "answered-claim"));
    }
    return out;
  }

  private static String asker(Candidate answer, List<Candidate> all) {
    Set<String> roots = ROOTS_ANSWERED.get(answer.answers());
    return EarlierEvents.onlyActor(all, answer.sentence(), REACH, before -> before >= 0,
        c -> answer.source().equals(c.target()) && c.source() != null && roots.contains(c.root())
            ? Optional.of(c.source()) : Optional.empty());
  }
}
