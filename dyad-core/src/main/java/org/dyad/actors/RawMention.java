package org.dyad.actors;

import org.dyad.nlp.Sentence;

/**
 * A stretch of one sentence that names an actor, before identities are merged: tokens
 * {@code first..last} (inclusive) of sentence {@code sentence}, and what they name. {@code resolvedId}
 * is set for coreference mentions, which name an actor already found.
 */
record RawMention(int sentence, int first, int last, Target target, String resolvedId, How how) {
  /** How the mention was found. */
  enum How { DICTIONARY, NER, ARTICLE_NAME, ALIAS, COREFERENCE }

  static RawMention of(Sentence s, int first, int last, Target target, How how) {
    return new RawMention(s.index(), first, last, target, null, how);
  }

  boolean overlaps(RawMention o) {
    return sentence == o.sentence && first <= o.last && o.first <= last;
  }

  boolean covers(int sentenceIndex, int token) {
    return sentence == sentenceIndex && first <= token && token <= last;
  }
}
