package org.dyad.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.dyad.json.AnalysisJson;
import org.dyad.model.DyadException;

/** Prints a {@link BenchResult}: a table per section for people, or one JSON document. */
final class BenchReport {
  private static final int LABEL = 30;

  private final StringBuilder out = new StringBuilder();
  private final int width;

  private BenchReport(List<String> columns) {
    this.width = Math.max(12, columns.stream().mapToInt(String::length).max().orElse(0) + 2);
  }

  static String json(BenchResult r) {
    try {
      return AnalysisJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(r);
    } catch (JsonProcessingException e) {
      throw new DyadException("cannot write the bench result as JSON: " + e.getMessage(), e);
    }
  }

  static String text(BenchResult r) {
    List<BenchResult.ArticleRun> arts = r.articles();
    BenchReport p = new BenchReport(arts.stream().map(BenchResult.ArticleRun::name).toList());
    BenchResult.Settings s = r.settings();
    p.line(String.format(Locale.ROOT, "dyad bench: %d article(s), warm-up %d, repeat %d; %s; %d cores; max heap %s",
        arts.size(), s.warmup(), s.repeat(), s.java(), s.cores(), bytes(s.maxHeapBytes())));

    p.section("Startup");
    p.row("JVM start to main", r.jvmStartToMainMillis() < 0 ? "n/a" : seconds(r.jvmStartToMainMillis()));
    p.row("dictionary load", seconds(r.dictionaryLoadMillis()));
    p.row("model load (CoreNLP)", seconds(r.modelLoadMillis()));

    p.section("Articles");
    p.row("", arts, BenchResult.ArticleRun::name);
    p.row("characters", arts, a -> count(a.chars()));
    p.row("tokens", arts, a -> count(a.tokens()));
    p.row("cold (first analysis)", arts, a -> millis(a.coldMillis()));
    p.row("warm median", arts, a -> millis(a.warm().medianMillis()));
    p.row("warm min", arts, a -> millis(a.warm().minMillis()));
    p.row("warm max", arts, a -> millis(a.warm().maxMillis()));
    p.row("tokens/s (warm median)", arts, a -> count(a.warm().tokensPerSecond(a.tokens())));

    p.section("Stages (warm, per article)");
    arts.get(0).stageMillis().keySet().forEach(stage -> p.row(stage, arts, a -> share(a.stageMillis().get(stage), a.stageMillis().values())));

    p.section("Throughput (a fixed pool; " + s.repeat() + " copies of the article per thread)");
    for (int i = 0; i < s.threads().size(); i++) {
      int t = i;
      String n = s.threads().get(t) + (s.threads().get(t) == 1 ? " thread" : " threads");
      p.row(n + ": articles/s", arts, a -> String.format(Locale.ROOT, "%.2f", a.throughput().get(t).articlesPerSecond()));
      p.row(n + ": tokens/s", arts, a -> count(a.throughput().get(t).tokensPerSecond()));
    }

    p.section("Memory");
    p.row("heap after load (live)", bytes(r.heapAfterLoadBytes()));
    p.row("peak heap (heap pools)", bytes(r.peakHeapBytes()));
    p.row("peak RSS (VmHWM)", r.peakRssBytes() == null ? "n/a" : bytes(r.peakRssBytes()));

    if (r.baseline() != null) {
      p.baseline(r.baseline(), arts);
    }
    p.line("");
    p.line("tokens: " + s.tokens() + ".");
    return p.out.toString().stripTrailing();
  }

  private void baseline(BenchResult.Baseline b, List<BenchResult.ArticleRun> arts) {
    List<BenchResult.BaselineRun> runs = b.articles();
    section("CoreNLP default pipeline (" + b.annotators() + ")");
    row("load", seconds(b.loadMillis()));
    row("", runs, BenchResult.BaselineRun::name);
    row("tokens (original text)", runs, r -> count(r.tokens()));
    row("cold (first annotation)", runs, r -> millis(r.coldMillis()));
    row("warm median", runs, r -> millis(r.warm().medianMillis()));
    row("warm min", runs, r -> millis(r.warm().minMillis()));
    row("tokens/s (warm median)", runs, r -> count(r.warm().tokensPerSecond(r.tokens())));
    List<String> speedup = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      speedup.add(String.format(Locale.ROOT, "%.1fx", runs.get(i).warm().medianMillis() / arts.get(i).warm().medianMillis()));
    }
    cells("dyad faster by (warm median)", speedup);
    row("peak heap (heap pools)", bytes(b.peakHeapBytes()));
    row("peak RSS (process, so far)", b.peakRssBytes() == null ? "n/a" : bytes(b.peakRssBytes()));
  }

  private void section(String title) {
    line("");
    line(title);
  }

  private void row(String label, String value) {
    cells(label, List.of(value));
  }

  private <T> void row(String label, List<T> items, Function<T, String> cell) {
    cells(label, items.stream().map(cell).toList());
  }

  private void cells(String label, List<String> values) {
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "  %-" + LABEL + "s", label));
    values.forEach(v -> b.append(String.format(Locale.ROOT, "%" + width + "s", v)));
    line(b.toString());
  }

  private void line(String s) {
    out.append(s.stripTrailing()).append('\n');
  }

  private static String share(double ms, java.util.Collection<Double> all) {
    double total = all.stream().mapToDouble(Double::doubleValue).sum();
    return String.format(Locale.ROOT, "%s %3.0f%%", millis(ms), total == 0 ? 0 : 100 * ms / total);
  }

  private static String millis(double ms) {
    return String.format(Locale.ROOT, ms < 10 ? "%.2f ms" : ms < 100 ? "%.1f ms" : "%,.0f ms", ms);
  }

  private static String seconds(double ms) {
    return String.format(Locale.ROOT, "%.2f s", ms / 1000);
  }

  private static String count(double n) {
    return String.format(Locale.ROOT, "%,.0f", n);
  }

  private static String bytes(long b) {
    return String.format(Locale.ROOT, "%,.0f MB", b / (1024.0 * 1024));
  }
}
