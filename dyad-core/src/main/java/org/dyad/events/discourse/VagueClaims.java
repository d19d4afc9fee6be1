package org.dyad.events.discourse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.dyad.events.Candidate;
import org.dyad.events.attributes.Claim;
import org.dyad.nlp.Paragraphs;

/**
 * Stage 4b of the coder, over the whole article: a claim that names no one ("disturbing reports
 * have surfaced, alleging ...") takes the named claimant of a neighbouring sentence of the same
 * paragraph when that one passes on information ("Sources cited by Al-Quds Al-Arabi claim ...", not
 * "Israel said it would respond"). News writing states the allegation first and its source next,
 * or the reverse; the nearest sentence wins, the following one on a tie.
 */
public final class VagueClaims implements DiscourseStage {
  static final int REACH = 2;

  @Override
  public List<Candidate> apply(List<Candidate> candidates, Discourse article) {
    return resolve(candidates, article.paragraphs(), article.sentenceClaim());
  }

  /** {@code claimOf} gives a sentence's own claim, or null. */
  List<Candidate> resolve(List<Candidate> candidates, Paragraphs paragraphs, IntFunction<Claim> claimOf) {
    List<Candidate> out = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      Claim named = c.claim() != null && c.claim().vague() ? nearestNamed(c.sentence(), paragraphs, claimOf) : null;
      out.add(named == null ? c : c.withClaim(named));
    }
    return out;
  }

  private static Claim nearestNamed(int sentence, Paragraphs paragraphs, IntFunction<Claim> claimOf) {
    for (int d = 1; d <= REACH; d++) {
      for (int other : new int[] {sentence + d, sentence - d}) {
        if (paragraphs.together(sentence, other)) {
          Claim c = claimOf.apply(other);
          if (c != null && !c.vague() && c.informant()) {
            return c;
          }
        }
      }
    }
    return null;
  }
}
