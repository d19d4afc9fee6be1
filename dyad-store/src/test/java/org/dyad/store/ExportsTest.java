package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.store.Fixtures.HAMAS;
import static org.dyad.store.Fixtures.STORY;
import static org.dyad.store.Fixtures.SYRGOV;
import static org.dyad.store.Fixtures.analysis;
import static org.dyad.store.Fixtures.arrest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.dyad.model.Actor;
import org.dyad.model.ActorType;
import org.dyad.model.DatePrecision;
import org.dyad.model.Event;
import org.dyad.store.export.GdeltColumns;
import org.dyad.store.export.EventJson;
import org.dyad.store.export.Exporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every export format on a real H2 store: what each record holds, and that it is the store's event. */
class ExportsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;
  Store store;

  @BeforeEach
  void open() {
    store = Store.open(dir.resolve("db").toString());
  }

  @AfterEach
  void close() {
    store.close();
  }

  /** The export of every counted event in one format, as lines. */
  List<String> export(String format) {
    Exporter exporter = Exporter.of(format);
    StringWriter out = new StringWriter();
    try {
      exporter.header(out);
      for (StoredEvent e : store.events(EventQuery.all())) {
        exporter.write(e, out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().lines().toList();
  }

  static JsonNode json(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aYearOnlyEventSaysInEveryFormatThatOnlyTheYearIsKnown() {
    store.save(analysis("a", STORY, "2024-12-08", null, List.of(SYRGOV, HAMAS), List.of(arrest("2012"))));
    StoredEvent stored = store.events(EventQuery.all()).get(0);
    assertThat(stored.event().datePrecision()).isEqualTo(DatePrecision.YEAR);
    assertThat(EventJson.of(stored).get("date_precision").asText()).isEqualTo("year");
    assertThat(json(export("jsonl").get(0)).get("date_precision").asText()).isEqualTo("year");
    assertThat(json(export("plover").get(0)).get("date_precision").asText()).isEqualTo("year");
    List<String> csv = export("csv");
    int column = Arrays.asList(csv.get(0).split(",")).indexOf("date_precision");
    assertThat(csv.get(1).split(",")[column]).isEqualTo("year");
    Map<String, String> gdelt = gdelt(export("gdelt").get(0), GdeltColumns.EVENTS);
    assertThat(gdelt.get("SQLDATE")).as("SQLDATE stays GDELT's first day").isEqualTo("20120101");
    assertThat(gdelt.get("DyadDatePrecision")).isEqualTo("year");
  }

  @Test
  void anUndatedEventIsOfUnknownPrecisionAndHasNoGdeltDate() {
    store.save(analysis("a", STORY, null, null, List.of(SYRGOV, HAMAS), List.of(arrest(null))));
    assertThat(json(export("jsonl").get(0)).get("date_precision").asText()).isEqualTo("unknown");
    Map<String, String> gdelt = gdelt(export("gdelt").get(0), GdeltColumns.EVENTS);
    assertThat(gdelt.get("SQLDATE")).isEmpty();
    assertThat(gdelt.get("DyadDatePrecision")).isEqualTo("unknown");
  }

  static final Actor EU = Fixtures.actor("eu", "EUR", "European Union", ActorType.IGO, "EU");

  /** A GDELT line as column name -> value, checked to have exactly the listed columns. */
  static Map<String, String> gdelt(String line, GdeltColumns columns) {
    String[] cells = line.split("\t", -1);
    assertThat(cells).hasSize(columns.names().size());
    Map<String, String> row = new HashMap<>();
    for (int i = 0; i < cells.length; i++) {
      row.put(columns.names().get(i), cells[i]);
    }
    return row;
  }

  @Test
  void theGdeltEventRecordCodesActorsAsGdeltDoesAndSaysWhenAndWhereFrom() {
    Instant before = Instant.now().minusSeconds(1);
    store.save(analysis("a", STORY, "2024-12-08", "https://news.example/a", List.of(SYRGOV, HAMAS, EU),
        List.of(arrest("2024-12-08"), Fixtures.event(HAMAS, EU, "112", "2024-12", false, Event.Certainty.ALLEGED, -2.0, 3))));
    List<String> lines = export("gdelt");
    assertThat(lines).hasSize(2);
    Map<String, String> arrest = lines.stream().map(l -> gdelt(l, GdeltColumns.EVENTS))
        .filter(r -> r.get("EventCode").equals("173")).findFirst().orElseThrow();
    assertThat(arrest.get("SQLDATE")).isEqualTo("20241208");
    assertThat(arrest.get("MonthYear")).isEqualTo("202412");
    assertThat(arrest.get("FractionDate")).isEqualTo("2024.9397");
    assertThat(arrest.get("Actor1Code")).isEqualTo("SYRGOV");
    assertThat(arrest.get("Actor1Name")).isEqualTo("SYRIA");
    assertThat(arrest.get("Actor1CountryCode")).isEqualTo("SYR");
    assertThat(arrest.get("Actor1Type1Code")).isEqualTo("GOV");
    assertThat(arrest.get("Actor2Code")).isEqualTo("PSEREBHMS");
    assertThat(arrest.get("Actor2CountryCode")).isEqualTo("PSE");
    assertThat(arrest.get("Actor2KnownGroupCode")).isEqualTo("HMS");
    assertThat(arrest.get("Actor2Type1Code")).isEqualTo("REB");
    assertThat(arrest.get("EventBaseCode")).isEqualTo("173");
    assertThat(arrest.get("EventRootCode")).isEqualTo("17");
    assertThat(arrest.get("IsRootEvent")).isEqualTo("1");
    assertThat(arrest.get("NumArticles")).isEqualTo("1");
    assertThat(arrest.get("SOURCEURL")).isEqualTo("https://news.example/a");
    assertThat(arrest.get("AvgTone")).as("dyad measures no tone").isEmpty();
    Instant added = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC)
        .parse(arrest.get("DATEADDED"), Instant::from);
    assertThat(added).isBetween(before.minusSeconds(1), Instant.now().plusSeconds(1));
    assertThat(arrest.get("DyadActor2Code")).isEqualTo("HAMAS");
    Map<String, String> accusation = lines.stream().map(l -> gdelt(l, GdeltColumns.EVENTS))
        .filter(r -> r.get("EventCode").equals("112")).findFirst().orElseThrow();
    assertThat(accusation.get("Actor2Code")).isEqualTo("IGOEUREEC");
    assertThat(accusation.get("Actor2KnownGroupCode")).isEqualTo("EEC");
    assertThat(accusation.get("SQLDATE")).isEqualTo("20241201");
    assertThat(accusation.get("DyadDatePrecision")).isEqualTo("month");
    assertThat(accusation.get("DyadCertainty")).isEqualTo("alleged");
  }
}
