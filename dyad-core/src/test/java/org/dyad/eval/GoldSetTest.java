package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Event.Certainty;
import org.junit.jupiter.api.Test;

/** {@link GoldSet}: the gold format of docs/evaluation.md, its defaults, and errors with their line. */
class GoldSetTest {
  @Test
  void documentedExampleLineIsReadWithDefaults() {
    GoldText t = GoldSet.parseLine("{\"id\": \"dev-017\", \"date\": \"2025-03-04\", \"region\": \"africa\","
        + " \"text\": \"Kenyan police arrested 14 opposition supporters.\","
        + " \"events\": [{\"source\": \"KENCOP\", \"target\": \"KENOPP\", \"cameo\": \"173\", \"quantity\": 14},"
        + "            {\"source\": \"KENCOP\", \"target\": null, \"cameo\": \"0841\", \"certainty\": \"Alleged\","
        + "             \"negated\": true, \"claimed_by\": \"the ministry\", \"date\": \"2025-03\"}],"
        + " \"actors\": [{\"code\": \"KENCOP\"}, {\"name\": \"Amina Diallo\"}],"
        + " \"quotes\": [{\"speaker\": null, \"text\": \"order\"}]}");

    assertThat(t.id()).isEqualTo("dev-017");
    assertThat(t.date()).isEqualTo(LocalDate.of(2025, 3, 4));
    assertThat(t.region()).isEqualTo("africa");
    assertThat(t.events()).containsExactly(
        new GoldEvent("KENCOP", "KENOPP", "173", false, Certainty.ASSERTED, null, 14, null),
        new GoldEvent("KENCOP", null, "0841", true, Certainty.ALLEGED, "the ministry", null, "2025-03"));
    assertThat(t.events().get(1).root()).isEqualTo("08");
    assertThat(t.actors()).containsExactly(new GoldActor("KENCOP", null), new GoldActor(null, "Amina Diallo"));
    assertThat(t.quotes()).containsExactly(new GoldQuote(null, "order"));
  }

  @Test
  void missingListsAreEmpty() {
    GoldText t = GoldSet.parseLine("{\"id\": \"x\", \"text\": \"Calm day.\"}");

    assertThat(t.events()).isEmpty();
    assertThat(t.actors()).isEmpty();
    assertThat(t.quotes()).isEmpty();
    assertThat(t.date()).isNull();
  }

  @Test
  void malformedLinesAreReportedWithSourceLineAndField() {
    assertThat(error("{\"id\": \"a\", \"text\": \"t\"}\n\n{not json")).startsWith("dev.jsonl:3: not valid JSON: ");
    assertThat(error(line("\"cameo\": \"1999\""))).isEqualTo("dev.jsonl:1: events[0].cameo: '1999' is not a CAMEO 1.1b3 code");
    assertThat(error(line("\"cameo\": \"17a\"")))
        .isEqualTo("dev.jsonl:1: events[0]: cameo must be a CAMEO code of 2 to 4 digits (\"173\", \"0841\"), got '17a'");
    assertThat(error(line("\"source\": \"X\"")))
        .isEqualTo("dev.jsonl:1: events[0]: cameo must be a CAMEO code of 2 to 4 digits (\"173\", \"0841\"), got none");
    assertThat(error(line("\"cameo\": \"173\", \"certainty\": \"likely\"")))
        .isEqualTo("dev.jsonl:1: events[0].certainty: 'likely' is not one of asserted, alleged, hypothetical");
    assertThat(error(line("\"cameo\": \"173\", \"quantity\": \"many\"")))
        .isEqualTo("dev.jsonl:1: events[0].quantity: 'many' is not an integer");
    assertThat(error("{\"id\": \"a\", \"date\": \"2025-13-01\", \"text\": \"t\"}"))
        .isEqualTo("dev.jsonl:1: date: '2025-13-01' is not a date (YYYY-MM-DD)");
    assertThat(error("{\"text\": \"t\"}")).isEqualTo("dev.jsonl:1: a gold text needs an id");
    assertThat(error("[1, 2]")).isEqualTo("dev.jsonl:1: expected a JSON object with id, date, text and events");
    assertThat(error("{\"id\": \"a\", \"text\": \"t\"} {}")).startsWith("dev.jsonl:1: ");
  }

  @Test
  void repeatedIdIsAnError() {
    String twice = "{\"id\": \"a\", \"text\": \"t\"}\n{\"id\": \"b\", \"text\": \"t\"}\n{\"id\": \"a\", \"text\": \"u\"}\n";

    assertThat(error(twice)).isEqualTo("dev.jsonl:3: id 'a' is already used on line 1");
  }

  @Test
  void readSkipsByteOrderMarkAndBlankLinesAndKeepsOrder() throws Exception {
    List<GoldText> texts = GoldSet.read(new StringReader("\uFEFF{\"id\": \"b\", \"text\": \"t\"}\n  \n{\"id\": \"a\", \"text\": \"t\"}"), "x");

    assertThat(texts).extracting(GoldText::id).containsExactly("b", "a");
  }

  private static String line(String event) {
    return "{\"id\": \"a\", \"text\": \"t\", \"events\": [{" + event + "}]}";
  }

  private static String error(String content) {
    Throwable[] thrown = new Throwable[1];
    assertThatThrownBy(() -> GoldSet.read(new StringReader(content), "dev.jsonl"))
        .isInstanceOf(GoldFormatException.class)
        .satisfies(e -> thrown[0] = e);
    return thrown[0].getMessage();
  }
}
