package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.dyad.json.AnalysisJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad analyze --jsonl}: a batch reports bad lines in place, goes on, and exits 1 if any failed. */
class JsonLinesBatchTest {
  private static final String PAGE = "<html><head><title>Border reopens</title></head><body>"
      + "<nav><a href='/'>Home</a> | <a href='/world'>World</a></nav><article>"
      + "<p>Kenya and Ethiopia agreed on <b>Monday</b> to reopen their shared border after talks mediated by"
      + " the African Union, officials said.</p><p>The two governments will meet again in April.</p>"
      + "</article></body></html>";

  @TempDir Path dir;

  @Test
  void badLineBecomesAMalformedDocumentInPlaceAndTheBatchGoesOn() {
    Path jsonl = Articles.write(dir, "batch.jsonl", String.join("\n",
        record("wire", "text", Articles.WIRE), "{this is not JSON", record("page", "html", PAGE)) + "\n");

    Cli.Result r = Cli.run("analyze", "--format", "json", "--jsonl", jsonl.toString());

    assertThat(r.status()).as("a line failed").isEqualTo(1);
    List<JsonNode> docs = r.jsonLines();
    assertThat(docs).hasSize(3);
    assertThat(docs.get(0).get("article").get("id").asText()).isEqualTo("wire");
    assertThat(docs.get(0).get("article").get("date").asText()).isEqualTo("2024-03-03");
    assertThat(AnalyzeJsonOutputTest.names(docs.get(0))).contains("Kenya", "African Union");

    JsonNode bad = docs.get(1).get("article");
    assertThat(bad.get("id").asText()).startsWith("line-2-");
    assertThat(bad.get("problems")).singleElement().satisfies(p -> {
      assertThat(p.get("kind").asText()).isEqualTo("malformed");
      assertThat(p.get("message").asText()).contains("line 2");
    });
    assertThat(docs.get(1).get("actors")).isEmpty();

    JsonNode page = docs.get(2).get("article");
    assertThat(page.get("id").asText()).isEqualTo("page");
    assertThat(page.get("title").asText()).isEqualTo("Border reopens");
    assertThat(page.get("language").asText()).isEqualTo("en");
    assertThat(page.get("text").asText()).startsWith("Kenya and Ethiopia agreed on Monday")
        .doesNotContain("<", ">", "Home");
    assertThat(AnalyzeJsonOutputTest.names(docs.get(2))).contains("Kenya", "Ethiopia", "African Union");

    assertThat(r.errLines()).as(r.toString()).singleElement().asString()
        .startsWith("dyad: 3 article(s) analysed, 1 failed");
  }

  @Test
  void jsonLinesAreReadFromStandardInputWithDash() {
    byte[] stdin = (record("from-stdin", "text", Articles.WIRE) + "\n").getBytes(StandardCharsets.UTF_8);

    Cli.Result r = Cli.runWithStdin(stdin, "analyze", "--format", "json", "--jsonl", "-");

    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(r.jsonLines()).singleElement()
        .satisfies(d -> assertThat(d.get("article").get("id").asText()).isEqualTo("from-stdin"));
  }

  @Test
  void lineThatIsNotUtf8IsAProblemOfItsOwnAndTheOtherLinesAreAnalysed() {
    byte[] latin1 = (record("cafe", "text", "Caf\u00e9 owners in Paris protested on Monday.") + "\n")
        .getBytes(StandardCharsets.ISO_8859_1);
    byte[] wire = (record("wire", "text", Articles.WIRE) + "\n").getBytes(StandardCharsets.UTF_8);
    Path jsonl = Articles.write(dir, "mixed.jsonl", concat(latin1, wire));

    Cli.Result r = Cli.run("analyze", "--format", "json", "--jsonl", jsonl.toString());

    assertThat(r.status()).as(r.toString()).isEqualTo(1);
    List<JsonNode> docs = r.jsonLines();
    assertThat(docs).hasSize(2);
    assertThat(docs.get(0).get("article").get("problems")).singleElement().satisfies(p -> {
      assertThat(p.get("kind").asText()).isEqualTo("invalid_encoding");
      assertThat(p.get("message").asText()).isEqualTo("line 1 is not UTF-8 text (JSON Lines must be UTF-8)");
    });
    assertThat(AnalyzeJsonOutputTest.names(docs.get(1))).contains("Kenya");
    assertThat(r.errLines()).last().asString().startsWith("dyad: 2 article(s) analysed, 1 failed");
  }

  @Test
  void batchWhoseLinesAllSucceedExitsZero() {
    Path jsonl = Articles.write(dir, "good.jsonl", record("wire", "text", Articles.WIRE) + "\n");

    assertThat(Cli.run("analyze", "--format", "json", "--jsonl", jsonl.toString()).status()).isZero();
  }

  @Test
  void lineRepeatingAnEarlierIdIsAnalysedWithADuplicateIdProblem() {
    Path jsonl = Articles.write(dir, "twice.jsonl", String.join("\n",
        record("wire", "text", Articles.WIRE), record("other", "text", Articles.WIRE), record("wire", "html", PAGE)) + "\n");

    Cli.Result r = Cli.run("analyze", "--format", "json", "--jsonl", jsonl.toString());

    assertThat(r.status()).as(r.toString()).isZero();
    List<JsonNode> docs = r.jsonLines();
    assertThat(docs.get(0).get("article").get("problems").findValuesAsText("kind")).doesNotContain("duplicate_id");
    assertThat(docs.get(1).get("article").get("problems").findValuesAsText("kind")).doesNotContain("duplicate_id");
    assertThat(docs.get(2).get("article").get("problems")).anySatisfy(p -> {
      assertThat(p.get("kind").asText()).isEqualTo("duplicate_id");
      assertThat(p.get("message").asText()).startsWith("line 3: id 'wire' was already given on line 1");
    });
    assertThat(docs.get(2).get("events")).isNotEmpty();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static String record(String id, String field, String content) {
    ObjectNode node = AnalysisJson.mapper().createObjectNode();
    node.put("id", id).put("date", "2024-03-03").put(field, content);
    return node.toString();
  }
}
