package org.dyad.nlp;

import java.util.List;

/** What the NLP stage found in a cleaned text: sentences with tokens, tags and parses. */
public record NlpDocument(String text, List<Sentence> sentences) {
  public NlpDocument {
    sentences = List.copyOf(sentences);
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
