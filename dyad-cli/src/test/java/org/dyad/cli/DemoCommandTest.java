package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code dyad demo}: the bundled sample article, analysed and shown. */
class DemoCommandTest {
  @Test
  void demoShowsTheSampleArticleAndItsMainActors() {
    Cli.Result r = Cli.run("demo");

    assertThat(r.status()).as(r.toString()).isZero();
    List<String> lines = r.outLines();
    assertThat(lines).first().asString()
        .isEqualTo("Article  Mali and Mauritania open U.N.-mediated talks after deadly border raid");
    List<String> actors = lines.subList(
        lines.indexOf(lines.stream().filter(l -> l.startsWith("Actors (")).findFirst().orElseThrow()),
        lines.indexOf(lines.stream().filter(l -> l.startsWith("Quotes (")).findFirst().orElseThrow()));
    assertThat(actors)
        .anyMatch(l -> l.matches("\\s+Mali\\s+MLIGOV\\s.*"))
        .anyMatch(l -> l.matches("\\s+Mauritania\\s+MRTGOV\\s.*"))
        .anyMatch(l -> l.matches("\\s+African Union\\s+AFU\\s.*"))
        .anyMatch(l -> l.matches(".*\\sUNHCR\\s+igo\\s.*"));
    assertThat(r.errLines()).singleElement().asString().startsWith("dyad: analysed the sample article in");
  }
}
