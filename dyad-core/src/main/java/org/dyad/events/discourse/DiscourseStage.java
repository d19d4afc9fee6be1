package org.dyad.events.discourse;

import java.util.List;
import org.dyad.events.Candidate;

/**
 * One discourse stage of the coder, across sentences (vague claims, implicit agents, answered
 * claims): the article's tellings as it leaves them. Stateless; returns a new list.
 */
public interface DiscourseStage {
  List<Candidate> apply(List<Candidate> candidates, Discourse article);
}
