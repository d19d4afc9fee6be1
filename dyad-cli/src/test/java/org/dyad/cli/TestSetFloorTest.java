package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * CI's guard on accuracy: the held-out test set (eval/test.jsonl and eval/articles-test.jsonl) scored
 * by `dyad eval` must stay above a floor, so a change that makes event coding worse fails the build.
 * The floor sits a little under the score recorded in docs/accuracy.md (0.01, about three events):
 * rules are chosen on the development sets, and a floor at the test score itself would make a change
 * that dev supports fail for one unmatched event, which is tuning to the test set by the back door.
 * Raise it when that score rises.
 */
class TestSetFloorTest {
  /** Root-level event F1 on the test set must not fall below this. */
  private static final String MIN_ROOT_F1 = "0.466";
  /** Actor F1 (by code or name) must not fall below this. */
  private static final double MIN_ACTOR_F1 = 0.86;

  @Test
  void eventCodingOnTheTestSetStaysAboveTheFloor() throws Exception {
    Path root = Path.of("..").toAbsolutePath().normalize();
    Path shortTexts = root.resolve("eval/test.jsonl");
    Path articles = root.resolve("eval/articles-test.jsonl");
    assertThat(Files.isRegularFile(shortTexts)).as("%s exists", shortTexts).isTrue();

    Cli.Result r = Cli.run("eval", shortTexts.toString(), articles.toString(), "--format", "json",
        "--min-root-f1", MIN_ROOT_F1);

    assertThat(r.status()).as("dyad eval exit status; below the bar?\n%s", r.err()).isZero();
    double actorF1 = org.dyad.json.AnalysisJson.mapper().readTree(r.out()).at("/actors/f1").asDouble();
    assertThat(actorF1).as("actor F1").isGreaterThanOrEqualTo(MIN_ACTOR_F1);
  }
}
