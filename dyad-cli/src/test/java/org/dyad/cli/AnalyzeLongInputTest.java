package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article of exactly {@code --max-bytes} is analysed, in windows, within a bound stated in
 * docs/benchmarks.md (about 50 s for 500 KB here; the test allows 300 s for a loaded machine).
 */
class AnalyzeLongInputTest {
  private static final Duration BOUND = Duration.ofSeconds(300);
  private static final String[] ACTORS = {"Kenya", "Ethiopia", "the African Union", "the army", "rebels", "the police",
      "protesters", "France", "Sudan"};
  private static final String[] VERBS = {"met", "criticised", "praised", "warned", "accused", "thanked", "visited"};

  @TempDir Path dir;

  /** Short generic sentences in paragraphs, each told once, padded with spaces to exactly {@code bytes}. */
  private static String article(int bytes) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; ; i++) {
      String p = ACTORS[i % ACTORS.length] + " " + VERBS[(i / ACTORS.length) % VERBS.length] + " "
          + ACTORS[(i * 4 + 1) % ACTORS.length] + " in round " + i + " of the talks, officials said.\n\n";
      if (out.length() + p.length() > bytes) {
        return out + " ".repeat(bytes - out.length());
      }
      out.append(p);
    }
  }

  @Test
  void articleAtMaxBytesIsAnalysedInWindowsWithinTheBound() throws Exception {
    Path file = Articles.write(dir, "long.txt", article(500_000));
    assertThat(Files.size(file)).isEqualTo(500_000);
    long t0 = System.nanoTime();

    Cli.Result r = Cli.run("analyze", "--format", "json", "--max-bytes", "500000", file.toString());

    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(BOUND);
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode doc = r.jsonLines().get(0);
    int mentions = doc.get("events").findValues("mentions").stream().mapToInt(JsonNode::size).sum();
    assertThat(mentions).as("about 8,000 sentences, most with an event").isGreaterThan(3000);
    assertThat(doc.get("article").get("problems").findValuesAsText("kind")).contains("windowed");
  }
}
