package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites a tokenised and sentence-split CoreNLP annotation so that no sentence is longer than
 * {@link LongSentences} allows, as CoreNLP's own sentence splitter would have written the pieces
 * (text, offsets, token ranges, sentence and token indexes). Sentences within the limit are left as
 * they are, the same objects.
 */
final class SentencePieces {
  private SentencePieces() {}

  /** Cuts the overlong sentences of {@code doc} in place; returns each cut, offsets in the doc's text. */
  static List<SentenceCut> bound(Annotation doc, LongSentences limit) {
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences.stream().allMatch(s -> tokens(s).size() <= limit.maxTokens())) {
      return List.of();
    }
    String text = doc.get(CoreAnnotations.TextAnnotation.class);
    List<SentenceCut> cuts = new ArrayList<>();
    List<CoreMap> out = new ArrayList<>();
    for (CoreMap s : sentences) {
      List<CoreLabel> tokens = tokens(s);
      List<LongSentences.Cut> found = limit.cuts(tokens.stream().map(CoreLabel::word).toList());
      int from = 0;
      int firstToken = s.get(CoreAnnotations.TokenBeginAnnotation.class);
      for (LongSentences.Cut c : found) {
        out.add(piece(text, tokens, from, c.index(), firstToken));
        CoreLabel last = tokens.get(c.mark());
        cuts.add(new SentenceCut(last.beginPosition(), last.endPosition(), tokens.size(), limit.maxTokens(), c.at()));
        from = c.index();
      }
      out.add(found.isEmpty() ? s : piece(text, tokens, from, tokens.size(), firstToken));
    }
    for (int i = 0; i < out.size(); i++) {
      out.get(i).set(CoreAnnotations.SentenceIndexAnnotation.class, i);
      for (CoreLabel t : tokens(out.get(i))) {
        t.set(CoreAnnotations.SentenceIndexAnnotation.class, i);
      }
    }
    doc.set(CoreAnnotations.SentencesAnnotation.class, out);
    return cuts;
  }

  private static CoreMap piece(String text, List<CoreLabel> tokens, int from, int to, int firstToken) {
    List<CoreLabel> own = new ArrayList<>(tokens.subList(from, to));
    for (int i = 0; i < own.size(); i++) {
      own.get(i).setIndex(i + 1);
    }
    int begin = own.get(0).beginPosition();
    int end = own.get(own.size() - 1).endPosition();
    CoreMap piece = new ArrayCoreMap(7);
    piece.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
    piece.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    piece.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    piece.set(CoreAnnotations.TokensAnnotation.class, own);
    piece.set(CoreAnnotations.TokenBeginAnnotation.class, firstToken + from);
    piece.set(CoreAnnotations.TokenEndAnnotation.class, firstToken + to);
    return piece;
  }

  private static List<CoreLabel> tokens(CoreMap s) {
    return s.get(CoreAnnotations.TokensAnnotation.class);
  }
}
