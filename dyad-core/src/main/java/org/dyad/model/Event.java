package org.dyad.model;

import java.util.List;

/**
 * One coded event, told by one or more mentions. Filled by the event coder (see the events package);
 * {@code cameo} is the full CAMEO code and {@code root} its two-digit root.
 */
public record Event(
    String id,
    ActorRef source,
    ActorRef target,
    String cameo,
    String root,
    String label,
    double goldstein,
    int quadClass,
    String plover,
    String ploverMode,
    boolean negated,
    Certainty certainty,
    String claimedBy,
    String date,
    Integer quantity,
    String location,
    List<EventMention> mentions) {
  public Event {
    mentions = List.copyOf(mentions);
  }

  public int numMentions() {
    return mentions.size();
  }

  /** How sure the text is that the event happened. */
  public enum Certainty {
    ASSERTED,
    ALLEGED,
    HYPOTHETICAL
  }

  /** One telling of an event: the sentence and the span that tell it. */
  public record EventMention(int sentence, int start, int end, String text) {}
}
