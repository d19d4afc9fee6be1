package org.dyad.store;

import java.util.List;
import org.dyad.model.ActorRef;

/**
 * One actor as its page shows it: its fields, every wording that named it, the actor it is affiliated
 * with (null when none or unknown to the store), and its relations, the actors it has most events with.
 */
public record ActorProfile(ActorSummary actor, List<String> aliases, ActorRef affiliatedWith, List<Relation> relations) {
  public ActorProfile {
    aliases = List.copyOf(aliases);
    relations = List.copyOf(relations);
  }

  /**
   * The events between this actor and {@code other}, either direction, negated events left out:
   * how many, how many cooperative (quad classes 1-2) and conflictual (3-4), and their mean Goldstein score.
   */
  public record Relation(ActorRef other, int events, int cooperation, int conflict, double goldsteinMean) {}
}
