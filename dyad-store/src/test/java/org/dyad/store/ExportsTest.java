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
import org.dyad.model.DatePrecision;
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
    String[] gdelt = export("gdelt").get(0).split("\t", -1);
    assertThat(gdelt[1]).as("SQLDATE stays GDELT's first day").isEqualTo("20120101");
    assertThat(gdelt[63]).isEqualTo("year");
  }

  @Test
  void anUndatedEventIsOfUnknownPrecisionAndHasNoGdeltDate() {
    store.save(analysis("a", STORY, null, null, List.of(SYRGOV, HAMAS), List.of(arrest(null))));
    assertThat(json(export("jsonl").get(0)).get("date_precision").asText()).isEqualTo("unknown");
    String[] gdelt = export("gdelt").get(0).split("\t", -1);
    assertThat(gdelt[1]).isEmpty();
    assertThat(gdelt[63]).isEqualTo("unknown");
  }
}
