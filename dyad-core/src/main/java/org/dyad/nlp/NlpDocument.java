package org.dyad.nlp;

import java.util.List;

/**
 * What the NLP stage found in a cleaned text: sentences with tokens, tags and parses. {@code original}
 * gives the original wording of a cleaned range, for the words dyad reports as text (who claims an
 * event, who speaks); it is the cleaned text itself until the pipeline supplies the map. {@code cuts}
 * are where overlong sentences were cut before parsing (usually none).
 */
public record NlpDocument(String text, List<Sentence> sentences, OriginalText original, List<SentenceCut> cuts) {
  /** The original wording of the cleaned range [start, end). */
  @FunctionalInterface
  public interface OriginalText {
    String between(int cleanedStart, int cleanedEnd);
  }

  public NlpDocument {
    sentences = List.copyOf(sentences);
    cuts = List.copyOf(cuts);
  }

  public NlpDocument(String text, List<Sentence> sentences) {
    this(text, sentences, text::substring, List.of());
  }

  public NlpDocument withOriginal(OriginalText map) {
    return new NlpDocument(text, sentences, map, cuts);
  }

  public int tokenCount() {
    return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
  }

  /** The sentence containing cleaned offset {@code offset}, or null. */
  public Sentence sentenceAt(int offset) {
    for (Sentence s : sentences) {
      if (s.start() <= offset && offset < s.end()) {
        return s;
      }
    }
    return null;
  }
}
