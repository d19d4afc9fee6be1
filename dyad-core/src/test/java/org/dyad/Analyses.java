package org.dyad;

import java.time.LocalDate;
import java.util.List;
import org.dyad.input.SourceDocument;
import org.dyad.model.Analysis;
import org.dyad.pipeline.Analyzer;

/**
 * The standard analyzer for unit tests that need real NLP (the actor and quote stages): built once per
 * JVM, so CoreNLP's models load once. {@link #of} analyses a short inline news text.
 */
public final class Analyses {
  private static final LocalDate DATE = LocalDate.of(2025, 3, 1);
  private static Analyzer analyzer;

  private Analyses() {}

  public static synchronized Analyzer analyzer() {
    if (analyzer == null) {
      analyzer = Analyzer.standard(List.of());
    }
    return analyzer;
  }

  /** The analysis of {@code text} as a plain-text article dated 1 March 2025; spans point into {@code text}. */
  public static Analysis of(String text) {
    return analyzer().analyze(new SourceDocument("inline", null, DATE, null, SourceDocument.Format.TEXT, text, List.of()));
  }
}
