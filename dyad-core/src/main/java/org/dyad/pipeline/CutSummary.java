package org.dyad.pipeline;

import java.util.List;
import org.dyad.model.Problem;
import org.dyad.model.Span;
import org.dyad.nlp.SentenceCut;
import org.dyad.text.CleanText;

/** One SENTENCE_SPLIT problem per cut the NLP stage made, located in the original text. */
final class CutSummary {
  private CutSummary() {}

  static List<Problem> of(List<SentenceCut> cuts, CleanText clean) {
    return cuts.stream().map(c -> {
      Span s = clean.toOriginalSpan(c.start(), c.end());
      String message = c.tokens() == 0
          ? "a long text is annotated in windows of at most " + c.limit() + " characters; this one ends at "
              + c.at() + ", which may cut a sentence"
          : "a sentence of " + c.tokens() + " tokens was cut here, at " + c.at() + ", to parse at most "
              + c.limit() + " tokens at a time";
      return Problem.at(Problem.Kind.SENTENCE_SPLIT, message, s.start(), s.end());
    }).toList();
  }
}
