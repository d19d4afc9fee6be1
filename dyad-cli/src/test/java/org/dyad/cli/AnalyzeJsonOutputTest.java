package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad analyze --format json} on real articles, through the real pipeline. */
class AnalyzeJsonOutputTest {
  @TempDir Path dir;

  @Test
  void fileGivesOneJsonDocumentNamedAfterTheFile() {
    Path file = Articles.write(dir, "border-talks.txt", Articles.WIRE);

    Cli.Result r = Cli.run("analyze", "--format", "json", "--date", "2024-03-03", file.toString());

    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(r.err()).as(r.toString()).isEmpty();
    assertThat(r.outLines()).hasSize(1);
    JsonNode doc = r.jsonLines().get(0);
    assertThat(doc.fieldNames()).toIterable().containsExactly("article", "actors", "events", "quotes");
    JsonNode article = doc.get("article");
    assertThat(article.get("id").asText()).isEqualTo("border-talks");
    assertThat(article.get("date").asText()).isEqualTo("2024-03-03");
    assertThat(article.get("language").asText()).isEqualTo("en");
    assertThat(article.get("text").asText()).isEqualTo(Articles.WIRE);
    assertThat(names(doc)).contains("Kenya", "Ethiopia", "African Union", "Zorbalian Peace Institute");
    assertThat(doc.get("quotes")).anySatisfy(q ->
        assertThat(q.get("text").asText()).startsWith("We have agreed to work together for peace"));
  }

  @Test
  void everyMentionAndQuoteOffsetPointsAtItsTextInTheArticle() {
    Path file = Articles.write(dir, "offsets.txt", Articles.WIRE);

    JsonNode doc = Cli.run("analyze", "--format", "json", file.toString()).jsonLines().get(0);

    String text = doc.get("article").get("text").asText();
    List<JsonNode> mentions = new ArrayList<>();
    doc.get("actors").forEach(a -> a.get("mentions").forEach(mentions::add));
    assertThat(mentions).hasSizeGreaterThanOrEqualTo(6).allSatisfy(m ->
        assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt())).isEqualTo(m.get("text").asText()));
    assertThat(doc.get("quotes")).isNotEmpty().allSatisfy(q ->
        assertThat(text.substring(q.get("start").asInt(), q.get("end").asInt())).isEqualTo(q.get("text").asText()));
  }

  @Test
  void sameFileTwiceGivesTwoIdenticalJsonLines() {
    Path file = Articles.write(dir, "twice.txt", Articles.WIRE);

    Cli.Result r = Cli.run("analyze", "--format", "json", file.toString(), file.toString());

    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(r.outLines()).hasSize(2);
    assertThat(r.outLines().get(0)).isEqualTo(r.outLines().get(1));
    assertThat(r.jsonLines().get(0).get("article").get("id").asText()).isEqualTo("twice");
  }

  @Test
  void severalFilesComeOutInInputOrderWithASummaryOnStderr() {
    Path first = Articles.write(dir, "first.txt", Articles.WIRE);
    Path second = Articles.write(dir, "second.txt", Articles.WIRE.replace("Monday", "Tuesday"));

    Cli.Result r = Cli.run("analyze", "--format", "json", "--threads", "2", second.toString(), first.toString());

    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(r.jsonLines()).extracting(d -> d.get("article").get("id").asText()).containsExactly("second", "first");
    assertThat(r.errLines()).singleElement().asString().startsWith("dyad: 2 article(s) analysed, 0 failed");
  }

  @Test
  void dashReadsTheArticleFromStandardInput() {
    Cli.Result r = Cli.runWithStdin(Articles.WIRE.getBytes(StandardCharsets.UTF_8),
        "analyze", "--format", "json", "--id", "wire-1", "--title", "Border talks", "--url", "https://example.org/1", "-");

    assertThat(r.status()).as(r.toString()).isZero();
    JsonNode article = r.jsonLines().get(0).get("article");
    assertThat(article.get("id").asText()).isEqualTo("wire-1");
    assertThat(article.get("title").asText()).isEqualTo("Border talks");
    assertThat(article.get("url").asText()).isEqualTo("https://example.org/1");
    assertThat(article.get("text").asText()).isEqualTo(Articles.WIRE);
    assertThat(names(r.jsonLines().get(0))).contains("African Union");
  }

  @Test
  void prettyJsonIsOneIndentedDocument() {
    Path file = Articles.write(dir, "pretty.txt", Articles.WIRE);

    Cli.Result r = Cli.run("analyze", "--format", "json", "--pretty", file.toString());

    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(r.outLines().size()).isGreaterThan(10);
    assertThat(Cli.json(r.out()).get("article").get("id").asText()).isEqualTo("pretty");
  }

  @Test
  void outputOptionWritesTheAnalysisToTheFileAndNothingToStdout() throws IOException {
    Path file = Articles.write(dir, "to-file.txt", Articles.WIRE);
    Path out = dir.resolve("analysis.jsonl");

    Cli.Result r = Cli.run("analyze", "--format", "json", "-o", out.toString(), file.toString());

    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(r.out()).isEmpty();
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(1);
    assertThat(Cli.json(lines.get(0)).get("article").get("id").asText()).isEqualTo("to-file");
  }

  static List<String> names(JsonNode doc) {
    List<String> names = new ArrayList<>();
    doc.get("actors").forEach(a -> names.add(a.get("name").asText()));
    return names;
  }
}
