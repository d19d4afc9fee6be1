package org.dyad.pipeline;

import java.util.List;

/** One standard analyzer for all tests of a JVM: the models load once. */
final class TestAnalyzer {
  private static Analyzer analyzer;

  private TestAnalyzer() {}

  static synchronized Analyzer get() {
    if (analyzer == null) {
      analyzer = Analyzer.standard(List.of());
    }
    return analyzer;
  }
}
