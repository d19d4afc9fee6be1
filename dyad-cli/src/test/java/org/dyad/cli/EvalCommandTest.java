package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad eval} on a three-text gold set with the real pipeline: the report, the bars, usage errors. */
class EvalCommandTest {
  @TempDir Path dir;

  static Path miniGold() {
    try {
      return Path.of(EvalCommandTest.class.getResource("/eval/mini-gold.jsonl").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void textReportHasEverySection() {
    Cli.Result r = Cli.run("eval", miniGold().toString(), "--threads", "2");

    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(r.out()).startsWith("dyad eval: 3 text(s), 3 gold event(s), ");
    assertThat(r.outLines()).as(r.toString()).anyMatch(l -> l.matches("  root level\\s+[0-9.]+\\s+[0-9.]+\\s+[0-9.]+ .*"))
        .anyMatch(l -> l.matches("  full code\\s+[0-9.]+\\s+[0-9.]+\\s+[0-9.]+ .*"));
    assertThat(r.out()).contains("Attributes (", "negated", "certainty", "claimed_by", "date", "quantity",
        "Actors", "by code or name", "Quotes", "speaker right", "Per root (root level)", "17 Coerce",
        "Confusion of roots", "Texts with the most errors");
    assertThat(r.err()).as(r.toString()).isEmpty();
  }

  @Test
  void jsonReportCarriesTheNumbers() {
    Cli.Result r = Cli.run("eval", miniGold().toString(), "--format", "json", "--errors", "1");

    assertThat(r.status()).as(r.toString()).isZero();
    JsonNode json = Cli.json(r.out());
    assertThat(json.get("texts").asInt()).isEqualTo(3);
    assertThat(json.get("root_level").get("gold").asInt()).isEqualTo(3);
    assertThat(json.get("full_code").get("f1").isNumber()).isTrue();
    assertThat(json.get("quotes").get("found").get("total").asInt()).isEqualTo(1);
    assertThat(json.get("worst_texts").size()).isLessThanOrEqualTo(1);
  }

  @Test
  void barNotReachedExitsOneNamingTheBar() {
    Cli.Result r = Cli.run("eval", miniGold().toString(), "--min-f1", "1.01", "--min-recall", "0");

    assertThat(r.status()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).startsWith("dyad eval: 3 text(s)");
    assertThat(r.errLines()).as(r.toString()).singleElement().asString()
        .matches("dyad: below the bar: full-code F1 [0-9.]+ is below --min-f1 1\\.01");
  }

  @Test
  void missingGoldFileIsAUsageError() {
    Path missing = dir.resolve("nope.jsonl");

    Cli.Result r = Cli.run("eval", missing.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.errLines()).as(r.toString()).containsExactly("dyad: " + missing + ": no such file");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void malformedGoldLineIsAUsageErrorNamingTheLine() {
    Path gold = Articles.write(dir, "bad.jsonl", "{\"id\": \"a\", \"text\": \"Russia attacked Ukraine.\"}\n"
        + "{\"id\": \"b\", \"text\": \"Russia attacked Ukraine.\", \"events\": [{\"cameo\": \"999\"}]}\n");

    Cli.Result r = Cli.run("eval", gold.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.errLines()).as(r.toString())
        .containsExactly("dyad: " + gold + ":2: events[0].cameo: '999' is not a CAMEO 1.1b3 code");
  }

  @Test
  void idRepeatedAcrossFilesIsAUsageError() {
    Cli.Result r = Cli.run("eval", miniGold().toString(), miniGold().toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.errLines()).as(r.toString()).singleElement().asString().contains("id 'mini-1' is already used in");
  }
}
