package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad ingest} on a folder of small articles, then the query and export commands on the result. */
class IngestCommandTest {
  static final String SYRIA = """
      DAMASCUS, Dec 8 - Syrian authorities arrested dozens of Hamas members in Damascus on Sunday, \
      according to officials familiar with the operation, in the latest sign of a deepening rift between \
      the government and the Palestinian movement.

      The arrests followed weeks of tension over the group's political activity in the capital. A \
      spokesman for Hamas condemned the raids and called on the government to release those detained \
      without delay. Syrian state media did not report the arrests, and the interior ministry declined \
      to comment when contacted by reporters.
      """;

  static final String TALKS = "Egypt and Qatar hosted new talks in Cairo on Tuesday between Israel and Hamas"
      + " on a ceasefire in Gaza, diplomats said. The United Nations welcomed the talks and urged both sides"
      + " to agree on the release of hostages and the delivery of aid.";

  @TempDir
  static Path dir;
  static Path db;
  static Cli.Result first;
  static Cli.Result second;

  @BeforeAll
  static void ingestTwice() {
    Path in = dir.resolve("in");
    Articles.write(mkdirs(in), "wire.txt", Articles.WIRE);
    Articles.write(in, "syria.txt", SYRIA);
    Articles.write(mkdirs(in.resolve("copies")), "syria-copy.txt", SYRIA);
    Articles.write(in.resolve("copies"), "syria-rewrite.html", "<html><head><title>Syria arrests Hamas members</title>"
        + "<meta property=\"article:published_time\" content=\"2024-12-08\"></head><body><article>"
        + Arrays.stream(SYRIA.replace("dozens of", "scores of").replace("reporters", "journalists").split("\n\n"))
            .map(p -> "<p>" + p.strip() + "</p>").reduce("", String::concat)
        + "</article></body></html>");
    Articles.write(in, "french.txt", Articles.FRENCH);
    Articles.write(in, "notes.csv", "not,an,article");
    Articles.write(in, "more.jsonl", "{\"id\":\"talks\",\"date\":\"2024-12-10\",\"url\":\"https://news.example/talks\","
        + "\"text\":\"" + TALKS + "\"}\n");
    db = dir.resolve("db");
    first = Cli.run("ingest", "--db", db.toString(), "--threads", "2", in.toString());
    second = Cli.run("ingest", "--db", db.toString(), in.toString());
  }

  private static Path mkdirs(Path p) {
    try {
      return java.nio.file.Files.createDirectories(p);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void theSummaryCountsNewKnownNearDuplicateAndFailedArticles() {
    assertThat(first.status()).as(first.toString()).isEqualTo(1);
    assertThat(first.out()).as(first.toString())
        .contains("4 new (1 near-duplicates), 1 already known, 1 failed")
        .containsPattern("failed: .*french.txt: .*");
  }

  @Test
  void aSecondRunStoresNothingNew() {
    assertThat(second.out()).as(second.toString()).contains("0 new (0 near-duplicates), 5 already known, 1 failed");
  }

  @Test
  void eventsAreListedAsJsonWithTheirCounts() {
    Cli.Result r = Cli.run("events", "--db", db.toString(), "--format", "json", "--limit", "0");
    assertThat(r.status()).as(r.toString()).isZero();
    List<JsonNode> events = r.jsonLines();
    assertThat(events).isNotEmpty();
    assertThat(events).allSatisfy(e -> {
      assertThat(e.has("cameo") && e.has("num_articles") && e.has("num_sources") && e.has("articles")).isTrue();
      assertThat(e.get("num_mentions").asInt()).isEqualTo(e.get("mentions").size());
    });
    // The Syrian arrests are told by the original and the rewrite (the identical copy is not stored twice).
    assertThat(events).anySatisfy(e -> {
      assertThat(e.get("root").asText()).isEqualTo("17");
      assertThat(e.get("num_articles").asInt()).isEqualTo(2);
      assertThat(e.get("articles").get(0).get("story").asLong()).isEqualTo(e.get("articles").get(1).get("story").asLong());
    });
  }

  @Test
  void textListingAndFiltersWork() {
    Cli.Result r = Cli.run("events", "--db", db.toString(), "--dyad", "SYR:HAMAS", "--root", "17");
    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(r.out()).contains("-> HAMAS").contains("2 article(s)");
    assertThat(Cli.run("events", "--db", db.toString(), "--quad", "7").status()).isEqualTo(2);
    assertThat(Cli.run("events", "--db", db.toString(), "--from", "yesterday").status()).isEqualTo(2);
  }

  @Test
  void theDyadCommandShowsTheRelationshipByMonth() {
    Cli.Result r = Cli.run("dyad", "--db", db.toString(), "SYR", "HAMAS", "--by", "month");
    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(r.out()).contains("period").containsPattern("20\\d\\d-\\d\\d\\s+\\d+");
    Cli.Result json = Cli.run("dyad", "--db", db.toString(), "SYR", "HAMAS", "--by", "year", "--format", "json");
    assertThat(json.jsonLines()).allSatisfy(p -> assertThat(p.get("quad_classes").size()).isEqualTo(4));
  }

  @Test
  void exportsParseInEveryFormat() {
    int stored = Cli.run("events", "--db", db.toString(), "--format", "json", "--limit", "0").outLines().size();
    assertThat(Cli.run("export", "--db", db.toString(), "--format", "jsonl", "--all").jsonLines()).hasSize(stored);
    // By default every export holds the events that count as acts: neither negated nor hypothetical.
    List<JsonNode> acts = Cli.run("export", "--db", db.toString(), "--format", "plover").jsonLines();
    assertThat(acts).allSatisfy(n -> {
      assertThat(n.get("negated").asBoolean()).isFalse();
      assertThat(n.get("certainty").asText()).isIn("asserted", "alleged");
    });
    int events = acts.size();
    assertThat(events).isPositive();
    Cli.Result gdelt = Cli.run("export", "--db", db.toString(), "--format", "gdelt");
    assertThat(gdelt.outLines()).hasSize(events).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(org.dyad.store.export.GdeltColumns.EVENTS.names().size()));
    // One Mentions line per telling of the exported events, each with the Mentions table's columns.
    int tellings = acts.stream().mapToInt(n -> n.get("num_mentions").asInt()).sum();
    Cli.Result mentions = Cli.run("export", "--db", db.toString(), "--format", "gdelt-mentions");
    assertThat(mentions.outLines()).hasSize(tellings).allSatisfy(l -> assertThat(l.split("\t", -1))
        .hasSize(org.dyad.store.export.GdeltColumns.MENTIONS.names().size()));
    Cli.Result csv = Cli.run("export", "--db", db.toString(), "--format", "csv");
    assertThat(csv.outLines()).hasSize(events + 1);
    assertThat(csv.outLines().get(0)).startsWith("id,date,date_precision,source_id");
    assertThat(Cli.run("export", "--db", db.toString(), "--format", "plover").jsonLines())
        .hasSize(events).allSatisfy(n -> assertThat(n.has("event_type")).isTrue());
    assertThat(Cli.run("export", "--db", db.toString(), "--format", "jsonl").jsonLines()).hasSize(events);
    assertThat(Cli.run("export", "--db", db.toString(), "--format", "xml").status()).isEqualTo(2);
  }

  @Test
  void aFileHasOneNameInAnalyzeAndInTheStoreAndItsHeadlineIsItsTitle() {
    Path file = Articles.write(mkdirs(dir.resolve("headed")), "hamas-talks.txt", "Egypt and Qatar host Gaza talks\n\n" + TALKS + "\n");
    JsonNode analysed = Cli.run("analyze", "--format", "json", file.toString()).jsonLines().get(0).get("article");
    assertThat(analysed.get("id").asText()).isEqualTo("hamas-talks");
    assertThat(analysed.get("title").asText()).isEqualTo("Egypt and Qatar host Gaza talks");
    Path store = dir.resolve("headed-db");
    assertThat(Cli.run("ingest", "--db", store.toString(), file.toString()).out()).contains("1 new");
    assertThat(Cli.run("ingest", "--db", store.toString(), file.toString()).out()).contains("0 new").contains("1 already known");
    try (org.dyad.store.Store s = org.dyad.store.Store.open(store.toString())) {
      assertThat(s.articles(0, 0)).singleElement().satisfies(a -> {
        assertThat(a.name()).isEqualTo("hamas-talks");
        assertThat(a.title()).isEqualTo("Egypt and Qatar host Gaza talks");
      });
    }
  }

  @Test
  void anExportTakesTheSortOfDyadEvents() {
    List<JsonNode> byDate = Cli.run("export", "--db", db.toString(), "--format", "jsonl", "--all").jsonLines();
    List<JsonNode> byGoldstein = Cli.run("export", "--db", db.toString(), "--format", "jsonl", "--all", "--sort", "goldstein").jsonLines();
    List<Double> goldstein = byGoldstein.stream().map(n -> n.get("goldstein").asDouble()).toList();
    assertThat(goldstein).isSorted().isNotEqualTo(byDate.stream().map(n -> n.get("goldstein").asDouble()).toList());
    assertThat(byGoldstein).extracting(n -> n.get("id").asText())
        .containsExactlyInAnyOrderElementsOf(byDate.stream().map(n -> n.get("id").asText()).toList());
    assertThat(Cli.run("export", "--db", db.toString(), "--format", "jsonl", "--sort", "size").status()).isEqualTo(2);
  }
}
