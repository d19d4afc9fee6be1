package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.eval.Systems.actor;
import static org.dyad.eval.Systems.analysis;
import static org.dyad.eval.Systems.event;

import com.fasterxml.jackson.databind.JsonNode;
import org.dyad.json.AnalysisJson;
import org.dyad.model.Actor;
import org.junit.jupiter.api.Test;

/** {@link EvalReport} as text and JSON, and the {@link Bars} CI checks against it. */
class EvalReportTest {
  private static final Actor RUS = actor("RUSGOV", "Russia");
  private static final Actor UKR = actor("UKRGOV", "Ukraine");

  private static EvalReport report() {
    GoldText gold = GoldSet.parseLine("{\"id\": \"d1\", \"date\": \"2025-03-04\", \"text\": \"Russia shelled Ukraine and"
        + " threatened it.\", \"events\": [{\"source\": \"RUSGOV\", \"target\": \"UKRGOV\", \"cameo\": \"195\"},"
        + " {\"source\": \"RUSGOV\", \"target\": \"UKRGOV\", \"cameo\": \"138\"}],"
        + " \"actors\": [{\"code\": \"RUSGOV\"}, {\"code\": \"UKRGOV\"}]}");
    return new Scorer()
        .add(gold, analysis().with(RUS, UKR).with(event(RUS, "194", UKR)).with(event(RUS, "112", UKR)).build("d1"))
        .report(5);
  }

  @Test
  void textReportHasEverySection() {
    String text = report().toText();

    assertThat(text).startsWith("dyad eval: 1 text(s), 2 gold event(s), 2 system event(s)");
    assertThat(text).contains("Events", "root level", "full code", "negated", "claimed_by", "Actors", "Quotes",
        "Per root (root level)", "19 Fight", "13 Threaten", "Confusion of roots",
        "Texts with the most errors");
    assertThat(text).containsPattern("root level\\s+0\\.500\\s+0\\.500\\s+0\\.500");
    assertThat(text).containsPattern("full code\\s+0\\.000\\s+0\\.000\\s+0\\.000");
    assertThat(text).containsPattern("\\n  13\\s+1\\s+\\.\\s+\\.\\s+\\.\\n");
    assertThat(text).contains("d1: 3 error(s)", "missed      RUSGOV 138 UKRGOV", "spurious    RUSGOV 112 UKRGOV  \"told\"",
        "wrong code  RUSGOV 195 UKRGOV  coded 194");
  }

  @Test
  void jsonReportHasTheNumbersInSnakeCase() throws Exception {
    JsonNode json = AnalysisJson.mapper().readTree(report().toJson());

    assertThat(json.get("texts").asInt()).isEqualTo(1);
    assertThat(json.get("root_level").get("f1").asDouble()).isEqualTo(0.5);
    assertThat(json.get("full_code").get("precision").asDouble()).isZero();
    assertThat(json.get("attributes").get("claimed_by").get("rate").asDouble()).isEqualTo(1.0);
    assertThat(json.get("quotes").get("found").get("rate").isNull()).isTrue();
    assertThat(json.get("confusion").get("cells").get("13").get("11").asInt()).isEqualTo(1);
    assertThat(json.get("worst_texts").get(0).get("wrong_code").get(0).get("system").get("cameo").asText()).isEqualTo("194");
  }

  @Test
  void barsNameEachScoreBelowThem() {
    EvalReport r = report();

    assertThat(new Bars(0.0, 0.5, null, null).failures(r)).isEmpty();
    assertThat(new Bars(0.1, 0.6, null, 0.0).failures(r)).extracting(Bars.Failure::toString).containsExactly(
        "full-code F1 0.000 is below min-f1 0.1", "root-level F1 0.500 is below min-root-f1 0.6");
    assertThat(new Bars(null, null, 1.01, null).failures(r)).extracting(Bars.Failure::bar).containsExactly("min-precision");
  }

  @Test
  void undefinedScoreFailsItsBar() {
    GoldText none = GoldSet.parseLine("{\"id\": \"n\", \"text\": \"Quiet.\"}");
    EvalReport empty = new Scorer().add(none, analysis().build("n")).report(5);

    assertThat(new Bars(0.0, null, null, null).failures(empty)).singleElement()
        .satisfies(f -> assertThat(f.toString()).isEqualTo("full-code F1 n/a is below min-f1 0.0"));
  }
}
