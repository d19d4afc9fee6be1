package org.dyad.events;

import org.dyad.model.Event.Certainty;

/**
 * One telling of an event before merging: everything the stages found for one trigger and one dyad.
 * {@code authorsVoice}: the article tells it itself, in running text, with no one claiming it.
 */
record Candidate(
    int sentence, int start, int end, String cameo, String source, String target, boolean negated,
    Certainty certainty, String claimedBy, EventDate date, Integer quantity, String location, boolean authorsVoice) {
  String root() {
    return cameo.substring(0, 2);
  }
}
