package org.dyad.cli;

import java.util.List;
import java.util.Map;

/**
 * What {@code dyad bench} measured, in milliseconds and bytes. Produced by {@link BenchRunner},
 * printed by {@link BenchReport}; as JSON it is the machine-readable form of the same numbers.
 *
 * @param jvmStartToMainMillis JVM start to {@code main()}, or -1 when dyad was not started from main
 * @param dictionaryLoadMillis building {@code Analyzer.standard}: actor dictionary and its index
 * @param modelLoadMillis {@code CoreNlpAnnotator.warmUp()}: loading the CoreNLP models
 * @param heapAfterLoadBytes heap in use after loading and a full GC: the live set of dyad's models
 * @param peakHeapBytes sum of the peak usage of the heap pools while dyad ran (garbage included)
 * @param peakRssBytes the process's peak resident set (VmHWM), or null where /proc gives none
 * @param baseline CoreNLP's default pipeline on the same texts, or null without --baseline-corenlp
 */
record BenchResult(
    Settings settings,
    long jvmStartToMainMillis,
    double dictionaryLoadMillis,
    double modelLoadMillis,
    List<ArticleRun> articles,
    long heapAfterLoadBytes,
    long peakHeapBytes,
    Long peakRssBytes,
    Baseline baseline) {

  /** How the bench was run; {@code tokens} says how tokens were counted. */
  record Settings(int warmup, int repeat, List<Integer> threads, int cores, long maxHeapBytes, String java, String tokens) {}

  /** One article through dyad: a cold run, then {@code repeat} warm runs on one thread. */
  record ArticleRun(
      String name, int chars, int tokens, double coldMillis, Warm warm, Map<String, Double> stageMillis,
      List<Throughput> throughput) {}

  /** Warm per-article times over the repeated runs. */
  record Warm(double medianMillis, double minMillis, double maxMillis) {
    double tokensPerSecond(int tokens) {
      return tokens * 1000.0 / medianMillis;
    }
  }

  /** Copies of one article analysed by a fixed pool of {@code threads}: total throughput. */
  record Throughput(int threads, int articles, double articlesPerSecond, double tokensPerSecond) {}

  /** CoreNLP's own default pipeline, timed the same way (one thread). */
  record Baseline(String annotators, double loadMillis, List<BaselineRun> articles, long peakHeapBytes, Long peakRssBytes) {}

  /** One article through the CoreNLP baseline; tokens are CoreNLP's tokens of the original text. */
  record BaselineRun(String name, int tokens, double coldMillis, Warm warm) {}
}
