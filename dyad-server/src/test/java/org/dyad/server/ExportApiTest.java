package org.dyad.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import org.dyad.store.Counting;
import org.dyad.store.EventQuery;
import org.dyad.store.export.GdeltColumns;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v1/events/export}: the filtered events as a file, in the formats of dyad export. */
class ExportApiTest extends ServerTest {
  private static final int NEGATED = GdeltColumns.EVENTS.names().indexOf("DyadNegated");
  private static final int QUAD = GdeltColumns.EVENTS.names().indexOf("QuadClass");

  private static List<String> lines(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return r.body().lines().toList();
  }

  private static List<String[]> gdelt(String query) {
    return lines(get("/api/v1/events/export?format=gdelt&" + query)).stream().map(l -> l.split("\t", -1)).toList();
  }

  /** A CSV row's cells: commas inside quotes do not split. */
  private static String[] cells(String row) {
    return row.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
  }

  @Test
  void csvHoldsEveryCountedEventTheFiltersMatchAsAnAttachment() {
    HttpResponse<String> r = get("/api/v1/events/export?format=csv&quad=4&limit=1");
    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(r.headers().firstValue("Content-Disposition").orElseThrow()).isEqualTo("attachment; filename=\"dyad-events.csv\"");
    List<String> rows = lines(r);
    assertThat(rows.get(0)).startsWith("id,date,date_precision,source_id");
    long expected = store.countEvents(EventQuery.all().withQuadClass(4).counted(Counting.ACTS));
    assertThat(expected).isGreaterThan(1); // so that limit=1 being ignored shows
    assertThat(rows).hasSize(1 + (int) expected);
    int quad = Arrays.asList(rows.get(0).split(",")).indexOf("quad_class");
    assertThat(rows.subList(1, rows.size())).allSatisfy(row -> assertThat(cells(row)[quad]).isEqualTo("4"));
  }

  @Test
  void gdeltLeavesTheNegatedExpulsionOutUnlessTheFilterAsksForNegatedEvents() {
    List<String[]> byDefault = gdelt("actor=KEN");
    assertThat(byDefault).isNotEmpty().allSatisfy(cells -> assertThat(cells[NEGATED]).isEqualTo("0"));
    // Picking a certainty does not let negated events in, nor picking affirmed ones the hypothetical.
    assertThat(gdelt("actor=KEN&certainty=asserted")).isNotEmpty().allSatisfy(cells -> assertThat(cells[NEGATED]).isEqualTo("0"));
    List<String[]> negated = gdelt("actor=KEN&negated=true");
    assertThat(negated).isNotEmpty().allSatisfy(cells -> assertThat(cells[NEGATED]).isEqualTo("1"));
    assertThat(negated).anySatisfy(cells -> assertThat(cells[GdeltColumns.EVENTS.names().indexOf("EventRootCode")]).isEqualTo("17"));
    HttpResponse<String> r = get("/api/v1/events/export?format=gdelt&actor=KEN");
    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/tab-separated-values");
    assertThat(r.headers().firstValue("Content-Disposition").orElseThrow()).contains("filename=\"dyad-events.gdelt.tsv\"");
  }

  @Test
  void gdeltRowsHonourTheQuadFilterAndHaveEveryColumn() {
    List<String[]> rows = gdelt("quad=1");
    assertThat(rows).isNotEmpty().allSatisfy(cells -> {
      assertThat(cells).hasSize(GdeltColumns.EVENTS.names().size());
      assertThat(cells[QUAD]).isEqualTo("1");
    });
  }

  @Test
  void ploverIsOneJsonRecordPerEventOfTheDyad() {
    HttpResponse<String> r = get("/api/v1/events/export?format=plover&dyad=SYRGOV:HAMAS&direction=forward");
    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/x-ndjson");
    List<JsonNode> records = lines(r).stream().map(ServerTest::jsonLine).toList();
    long expected = store.countEvents(EventQuery.all().withDyad("SYRGOV", "HAMAS", EventQuery.Direction.FORWARD).counted(Counting.ACTS));
    assertThat(expected).isPositive();
    assertThat(records).hasSize((int) expected);
    assertThat(records).allSatisfy(n -> assertThat(n.get("context").toString()).doesNotContain("negation"));
    assertThat(records).anySatisfy(n -> assertThat(n.get("event_type").asText()).isEqualTo("COERCE"));
  }

  @Test
  void theExportComesInTheOrderTheSortAsks() {
    List<JsonNode> byDate = lines(get("/api/v1/events/export?format=jsonl&negated=false")).stream().map(ServerTest::jsonLine).toList();
    List<JsonNode> byGoldstein = lines(get("/api/v1/events/export?format=jsonl&negated=false&sort=goldstein")).stream()
        .map(ServerTest::jsonLine).toList();
    List<Double> goldstein = byGoldstein.stream().map(e -> e.get("goldstein").asDouble()).toList();
    assertThat(goldstein).isSorted().isNotEqualTo(byDate.stream().map(e -> e.get("goldstein").asDouble()).toList());
    assertThat(byGoldstein).extracting(e -> e.get("id").asText())
        .containsExactlyInAnyOrderElementsOf(byDate.stream().map(e -> e.get("id").asText()).toList());
    List<Integer> articles = lines(get("/api/v1/events/export?format=jsonl&sort=articles")).stream()
        .map(l -> jsonLine(l).get("num_articles").asInt()).toList();
    assertThat(articles).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(get("/api/v1/events/export?format=jsonl&sort=size").statusCode()).isEqualTo(400);
  }

  @Test
  void anUnknownOrMissingFormatOrABadFilterIsA400NamingIt() {
    HttpResponse<String> unknown = get("/api/v1/events/export?format=xlsx");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(json(unknown).get("error").get("message").asText()).contains("format").contains("xlsx").contains("gdelt");
    HttpResponse<String> missing = get("/api/v1/events/export");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(json(missing).get("error").get("message").asText()).contains("format is required");
    HttpResponse<String> badDate = get("/api/v1/events/export?format=csv&from=yesterday");
    assertThat(badDate.statusCode()).isEqualTo(400);
    assertThat(json(badDate).get("error").get("message").asText()).contains("from").contains("yesterday");
  }
}
