package org.dyad.nlp;

import java.time.LocalDate;

/** The NLP stage: tokens, sentences, tags, named entities and dependency parses of a cleaned text. */
@FunctionalInterface
public interface NlpAnnotator {
  /** Annotates {@code text}; {@code documentDate} anchors relative dates and may be null. Thread-safe. */
  NlpDocument annotate(String text, LocalDate documentDate);
}
