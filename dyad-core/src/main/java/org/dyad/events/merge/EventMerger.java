package org.dyad.events.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dyad.events.Candidate;
import org.dyad.events.attributes.Claim;
import org.dyad.events.attributes.EventDate;
import org.dyad.model.Event.Certainty;

/**
 * Stage 8 of the coder: the same event told several times is one event with several mentions.
 * Two tellings merge when {@link SameEvent} says so: the CAMEO root, the negation and the target
 * shared, sources agreeing or one unknown, dates and quantities compatible. Distinct events of one dyad
 * (another root, another year, another count) stay distinct.
 */
public final class EventMerger {
  /** A group of candidates that tell one event. */
  public static final class Group {
    public final List<Candidate> mentions = new ArrayList<>();

    public Candidate first() {
      return mentions.get(0);
    }

    public String source() {
      return mentions.stream().map(Candidate::source).filter(Objects::nonNull).findFirst().orElse(null);
    }

    public String target() {
      return mentions.stream().map(Candidate::target).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** The most specific code told (the longest; the first among equals). */
    public String cameo() {
      return mentions.stream().map(Candidate::cameo).max(Comparator.comparingInt(String::length)).orElseThrow();
    }

    public EventDate date() {
      return mentions.stream().map(Candidate::date).filter(EventDate::explicit)
          .max(Comparator.comparingInt(d -> d.value().length())).orElse(first().date());
    }

    public Integer quantity() {
      return mentions.stream().map(Candidate::quantity).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /**
     * Who claims the event: no one when the article itself tells it anywhere, else the first claimant
     * that names someone, else the first claimant ("reports").
     */
    public String claimedBy() {
      if (mentions.stream().anyMatch(Candidate::authorsVoice)) {
        return null;
      }
      List<Claim> claims = mentions.stream().map(Candidate::claim).filter(Objects::nonNull).toList();
      return Claim.textOf(claims.stream().filter(c -> !c.vague()).findFirst().orElse(claims.isEmpty() ? null : claims.get(0)));
    }

    public String location() {
      return mentions.stream().map(Candidate::location).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** What the tellings say: {@link SameEvent#certainty}. */
    public Certainty certainty() {
      Map<Certainty, Integer> votes = new HashMap<>();
      mentions.forEach(m -> votes.merge(m.certainty(), 1, Integer::sum));
      return SameEvent.certainty(votes);
    }
  }

  public List<Group> merge(List<Candidate> candidates) {
    List<Group> groups = new ArrayList<>();
    for (Candidate c : candidates) {
      Group home = groups.stream().filter(g -> fits(g, c)).findFirst().orElse(null);
      if (home == null) {
        home = new Group();
        groups.add(home);
      }
      if (home.mentions.stream().noneMatch(m -> m.sentence() == c.sentence() && m.start() == c.start())) {
        home.mentions.add(c);
      }
    }
    return groups;
  }

  private static boolean fits(Group g, Candidate c) {
    EventDate gd = g.date();
    SameEvent.Telling group = new SameEvent.Telling(g.first().root(), g.first().negated(), g.source(), g.target(),
        gd.value(), gd.explicit(), g.quantity());
    SameEvent.Telling telling = new SameEvent.Telling(c.root(), c.negated(), c.source(), c.target(),
        c.date().value(), c.date().explicit(), c.quantity());
    return SameEvent.matches(group, telling);
  }
}
