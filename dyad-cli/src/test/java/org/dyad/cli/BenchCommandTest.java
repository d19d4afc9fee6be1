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
  void badRepeatIsAUsageError() {
    assertThat(Main.run("bench", "--repeat", "0")).isEqualTo(2);
  }
}
