package org.dyad.events;

import java.util.List;

/**
 * One discourse stage of the coder, across sentences (vague claims, implicit agents, answered
 * claims): the article's tellings as it leaves them. Stateless; returns a new list.
 */
interface DiscourseStage {
  List<Candidate> apply(List<Candidate> candidates, Discourse article);
}
