package org.dyad.events.discourse;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dyad.codebook.Codebook;
import org.dyad.codebook.RootTrait;
import org.dyad.events.Candidate;
import org.dyad.nlp.Paragraphs;

/**
 * Stage 2b of the coder, over the whole article: the doer of an agentless passive is often the
 * actor the paragraph has just paired with the same target ("The regime continues to label Hamas a
 * traitor. No prisoners have been released."). When the nearest earlier sentence of the paragraph
 * that tells an event involving the target pairs it with exactly one other actor, that actor is the
 * source; otherwise it stays unknown.
 */
public final class ImplicitAgents implements DiscourseStage {
  /** Conflict roots, verbal or material. */
  private static final Set<String> HOSTILE_ROOTS = Codebook.rootsWith(RootTrait.HOSTILE);
  static final int REACH = 2;

  @Override
  public List<Candidate> apply(List<Candidate> candidates, Discourse article) {
    return resolve(candidates, article.paragraphs());
  }

  List<Candidate> resolve(List<Candidate> candidates, Paragraphs paragraphs) {
    List<Candidate> out = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      String agent = c.agentless() && c.source() == null && c.target() != null ? agent(c, candidates, paragraphs) : null;
      out.add(agent == null ? c : c.withSource(agent, "implicit-agent"));
    }
    return out;
  }

  private static String agent(Candidate c, List<Candidate> all, Paragraphs paragraphs) {
    return EarlierEvents.onlyActor(all, c.sentence(), REACH, before -> paragraphs.together(c.sentence(), before),
        other -> !conflict(c) || conflict(other) ? partner(other, c.target()) : Optional.empty());
  }

  /**
   * A hostile act ("Ukraine was attacked") takes its doer only from a hostile event before it: who
   * just praised the target did not attack it. A yielding act ("no prisoners were released") may
   * follow either kind.
   */
  private static boolean conflict(Candidate c) {
    return HOSTILE_ROOTS.contains(c.root());
  }

  /** The other side of an event that involves {@code actor}. */
  private static Optional<String> partner(Candidate e, String actor) {
    if (actor.equals(e.target()) && e.source() != null && !Objects.equals(e.source(), actor)) {
      return Optional.of(e.source());
    }
    if (actor.equals(e.source()) && e.target() != null && !Objects.equals(e.target(), actor)) {
      return Optional.of(e.target());
    }
    return Optional.empty();
  }
}
