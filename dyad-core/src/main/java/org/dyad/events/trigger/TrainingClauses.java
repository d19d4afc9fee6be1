package org.dyad.events.trigger;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.dyad.events.parse.Clauses;
import org.dyad.events.parse.Trees;
import org.dyad.learned.Labels;
import org.dyad.learned.TrainingExample;
import org.dyad.nlp.NlpAnnotator;
import org.dyad.nlp.NlpDocument;
import org.dyad.nlp.Sentence;

/**
 * The clauses the learned typing trains on, cut from the training texts the way the coder cuts the
 * articles it codes ({@link Clauses}): for a text that tells an event, the clause of its trigger,
 * labelled with the event's code; for a text that tells none, each of its typed clauses, labelled
 * {@link Labels#NONE}.
 */
public final class TrainingClauses {
  /** One clause to learn from: the example it came from, its text and its label. */
  public record Clause(String exampleId, String text, String label) {}

  private TrainingClauses() {}

  public static List<Clause> of(TrainingExample e, NlpAnnotator annotator) {
    NlpDocument doc = annotator.annotate(e.text(), null);
    List<Clause> out = new ArrayList<>();
    if (e.event()) {
      int at = e.trigger() == null ? 0 : e.text().indexOf(e.trigger());
      int end = e.trigger() == null ? 1 : at + e.trigger().length();
      for (Sentence s : doc.sentences()) {
        int trigger = headmost(s, at, end);
        if (trigger >= 0) {
          Clauses clauses = Clauses.of(s);
          int head = clauses.clauseOf(trigger);
          out.add(new Clause(e.id(), clauses.text(doc.text(), clauses.tokens(head)), e.cameo()));
          break;
        }
      }
      return out;
    }
    for (Sentence s : doc.sentences()) {
      Clauses clauses = Clauses.of(s);
      for (int head : clauses.heads()) {
        if (clauses.typed(head)) {
          BitSet tokens = clauses.tokens(head);
          if (tokens.cardinality() >= 2) {
            out.add(new Clause(e.id(), clauses.text(doc.text(), tokens), Labels.NONE));
          }
        }
      }
    }
    return out;
  }

  /** Of the tokens in [start, end), the one highest in the tree (the phrase's head), or -1. */
  private static int headmost(Sentence s, int start, int end) {
    int best = -1;
    int bestDepth = Integer.MAX_VALUE;
    for (int t = 0; t < s.tokens().size(); t++) {
      if (s.token(t).start() < end && s.token(t).end() > start) {
        int depth = Trees.ancestors(s, t, 60).size();
        if (depth < bestDepth) {
          best = t;
          bestDepth = depth;
        }
      }
    }
    return best;
  }
}
