package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code dyad bench} runs end to end and reports every section; its numbers are not asserted. */
class BenchCommandTest {
  @Test
  void benchOnTheSampleReportsEverySection() {
    StringWriter out = new StringWriter();
    CommandLine cl = new CommandLine(new Main()).setOut(new PrintWriter(out));

    int status = cl.execute("bench", "--warmup", "0", "--repeat", "1", "--threads", "1");

    assertThat(status).isZero();
    assertThat(out.toString())
        .contains("Startup", "model load", "Articles", "wire-report", "warm median", "tokens/s",
            "Stages (warm, per article)", "clean", "nlp", "actors", "quotes", "output",
            "Throughput", "1 thread: articles/s", "Memory", "peak heap", "peak RSS")
        .doesNotContain("CoreNLP default pipeline");
  }

  @Test
  void benchOnACorpusReportsThroughputPerThreadCount(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path corpus = dir.resolve("corpus.jsonl");
    java.nio.file.Files.writeString(corpus,
        "{\"id\":\"a\",\"date\":\"2025-03-01\",\"text\":\"Kenyan police arrested 14 opposition supporters in Nairobi.\"}\n"
        + "{\"id\":\"b\",\"date\":\"2025-03-02\",\"text\":\"Russia and Ukraine exchanged prisoners on Sunday.\"}\n");
    StringWriter out = new StringWriter();
    CommandLine cl = new CommandLine(new Main()).setOut(new PrintWriter(out));

    int status = cl.execute("bench", "--corpus", corpus.toString(), "--threads", "1,2");

    assertThat(status).isZero();
    assertThat(out.toString()).contains("2 articles", "articles/s", "tokens/s", "Stages, ms per article", "nlp", "Peak heap");
  }

  @Test
  void aMissingCorpusIsAUsageError() {
    assertThat(Main.run("bench", "--corpus", "/no/such/corpus")).isEqualTo(2);
  }

  @Test
  void badRepeatIsAUsageError() {
    assertThat(Main.run("bench", "--repeat", "0")).isEqualTo(2);
  }
}
