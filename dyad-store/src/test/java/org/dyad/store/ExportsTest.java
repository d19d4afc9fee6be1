package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
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
  @Test
  void theGdeltGeoColumnsCarryTheEventsPlaceAndTheActorsCountries() {
    store.save(analysis("a", STORY, "2024-12-08", null, List.of(SYRGOV, HAMAS), List.of(arrest("2024-12-08").withPlace(Fixtures.DAMASCUS))));
    Map<String, String> gdelt = gdelt(export("gdelt").get(0), GdeltColumns.EVENTS);
    assertThat(gdelt.get("ActionGeo_Type")).isEqualTo("4");
    assertThat(gdelt.get("ActionGeo_FullName")).isEqualTo("Damascus, Damascus Governorate, Syria");
    assertThat(gdelt.get("ActionGeo_CountryCode")).as("FIPS 10-4, as GDELT").isEqualTo("SY");
    assertThat(gdelt.get("ActionGeo_ADM1Code")).isEqualTo("SY13");
    assertThat(gdelt.get("ActionGeo_Lat")).isEqualTo("33.5102");
    assertThat(gdelt.get("ActionGeo_Long")).isEqualTo("36.29128");
    assertThat(gdelt.get("ActionGeo_FeatureID")).isEqualTo("170654");
    assertThat(gdelt.get("Actor1Geo_Type")).isEqualTo("1");
    assertThat(gdelt.get("Actor1Geo_CountryCode")).isEqualTo("SY");
    assertThat(gdelt.get("Actor1Geo_FeatureID")).isEqualTo("SY");
    JsonNode plover = json(export("plover").get(0));
    assertThat(plover.get("event_loc").get("geonames_id").asLong()).isEqualTo(170654L);
    assertThat(plover.get("event_loc").get("country").asText()).isEqualTo("SYR");
  }

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
    assertThat(arrest).contains(entry("SQLDATE", "20241208"), entry("MonthYear", "202412"),
        entry("FractionDate", "2024.9397"), entry("Actor1Code", "SYRGOV"), entry("Actor1Name", "SYRIA"),
        entry("Actor1CountryCode", "SYR"), entry("Actor1Type1Code", "GOV"), entry("Actor2Code", "PSEREBHMS"),
        entry("Actor2CountryCode", "PSE"), entry("Actor2KnownGroupCode", "HMS"), entry("Actor2Type1Code", "REB"),
        entry("EventBaseCode", "173"), entry("EventRootCode", "17"), entry("IsRootEvent", "1"),
        entry("NumArticles", "1"), entry("SOURCEURL", "https://news.example/a"));
    assertThat(arrest.get("AvgTone")).as("dyad measures no tone").isEmpty();
    Instant added = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC)
        .parse(arrest.get("DATEADDED"), Instant::from);
    assertThat(added).isBetween(before.minusSeconds(1), Instant.now().plusSeconds(1));
    assertThat(arrest.get("DyadActor2Code")).isEqualTo("HAMAS");
    Map<String, String> accusation = lines.stream().map(l -> gdelt(l, GdeltColumns.EVENTS))
        .filter(r -> r.get("EventCode").equals("112")).findFirst().orElseThrow();
    assertThat(accusation).contains(entry("Actor2Code", "IGOEUREEC"), entry("Actor2KnownGroupCode", "EEC"),
        entry("SQLDATE", "20241201"), entry("DyadDatePrecision", "month"), entry("DyadCertainty", "alleged"));
  }

  /** Two sentences; Syria and Hamas named where a reader finds them. */
  static final String TOLD = "Syria arrested Hamas members in Damascus. Hamas members were executed, the group said.";

  static Actor named(Actor a, int... spans) {
    List<org.dyad.model.Span> mentions = new java.util.ArrayList<>();
    for (int i = 0; i < spans.length; i += 2) {
      mentions.add(org.dyad.model.Span.of(TOLD, spans[i], spans[i + 1]));
    }
    return new Actor(a.id(), a.code(), a.name(), a.type(), a.country(), a.role(), a.affiliation(), a.title(), a.aliases(),
        mentions);
  }

  static Event told(Actor source, String cameo, int sentence, int start, int end) {
    return Event.builder("e").source(source == null ? null : source.ref()).target(HAMAS.ref()).cameo(cameo)
        .root(cameo.substring(0, 2)).label("label").goldstein(-5.0).quadClass(4).date("2024-12-08")
        .mentions(List.of(new Event.EventMention(sentence, start, end, TOLD.substring(start, end)))).build();
  }

  @Test
  void theGdeltMentionsRecordPointsAtTheActorsAndTheActionInTheArticle() {
    Actor syria = named(SYRGOV, 0, 5);
    Actor hamas = named(HAMAS, 15, 20, 42, 47);
    store.save(analysis("told", TOLD, "2024-12-08", "https://www.news.example/told", List.of(syria, hamas),
        List.of(told(syria, "173", 0, 0, 20), told(null, "1823", 1, 42, 69), told(syria, "111", 1, 42, 69))));
    Map<String, Map<String, String>> byCode = new HashMap<>();
    for (StoredEvent e : store.events(EventQuery.all())) {
      StringWriter out = new StringWriter();
      try {
        Exporter.of("gdelt-mentions").write(e, out);
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
      List<String> lines = out.toString().lines().toList();
      assertThat(lines).hasSize(1);
      byCode.put(e.event().cameo(), gdelt(lines.get(0), GdeltColumns.MENTIONS));
    }
    // "Syria arrested Hamas": both actors named in the telling; the trigger lies between them, not stored.
    assertThat(byCode.get("173")).contains(entry("SentenceID", "1"), entry("Actor1CharOffset", "0"),
        entry("Actor2CharOffset", "15"), entry("ActionCharOffset", "-1"), entry("InRawText", "1"),
        entry("MentionType", "1"), entry("MentionSourceName", "news.example"),
        entry("MentionIdentifier", "https://www.news.example/told"), entry("MentionDocLen", String.valueOf(TOLD.length())),
        entry("DyadSpanStart", "0"), entry("DyadSpanEnd", "20"), entry("DyadCertainty", "asserted"),
        entry("Confidence", ""), entry("MentionDocTone", ""));
    // "Hamas members were executed": no doer, and the span ends with its trigger.
    Map<String, String> executed = byCode.get("1823");
    assertThat(executed).contains(entry("SentenceID", "2"), entry("Actor1CharOffset", "-1"),
        entry("Actor2CharOffset", "42"), entry("InRawText", "1"));
    assertThat(TOLD.substring(Integer.parseInt(executed.get("ActionCharOffset")))).startsWith("executed,");
    assertThat(executed.get("EventTimeDate")).matches("\\d{14}").isEqualTo(executed.get("MentionTimeDate"));
    // A doer taken from another sentence is not in the telling's words.
    assertThat(byCode.get("111")).contains(entry("Actor1CharOffset", "-1"), entry("InRawText", "0"));
  }

  @Test
  void aMentionOfAnArticleWithoutUrlIsACitationOfItsName() {
    store.save(analysis("no-url", STORY, "2024-12-08", null, List.of(SYRGOV, HAMAS), List.of(arrest("2024-12-08"))));
    Map<String, String> row = gdelt(export("gdelt-mentions").get(0), GdeltColumns.MENTIONS);
    assertThat(row).contains(entry("MentionType", "2"), entry("MentionIdentifier", "no-url"), entry("MentionSourceName", ""),
        entry("DyadArticle", "no-url"));
  }

  /** The names plover-fields.txt gives the fields of a record ({@code record}) or of its actors ({@code actor}). */
  static List<String> ploverFields(String object) {
    return org.dyad.data.BundledData.lines("/org/dyad/store/export/plover-fields.txt").stream()
        .map(l -> l.split("\t")).filter(f -> f[0].equals(object)).map(f -> f[1]).toList();
  }

  static List<String> names(JsonNode n) {
    List<String> names = new java.util.ArrayList<>();
    n.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void aPloverRecordHasTheSpecificationsFieldsInOrderAndSaysWhatTheTextSays() {
    Actor syria = named(SYRGOV, 0, 5);
    Actor hamas = named(HAMAS, 15, 20, 42, 47);
    List<Event.EventMention> told = List.of(new Event.EventMention(0, 0, 20, TOLD.substring(0, 20)));
    Event kill = Event.builder("e").source(syria.ref()).target(hamas.ref()).cameo("1823").root("18").label("Kill")
        .goldstein(-10.0).quadClass(4).plover("ASSAULT").certainty(Event.Certainty.HYPOTHETICAL).date("2012").quantity(94)
        .location("Damascus").mentions(told).build();
    Event visit = Event.builder("e2").source(syria.ref()).target(hamas.ref()).cameo("043").root("04").label("Host a visit")
        .goldstein(2.8).quadClass(1).plover("CONSULT").ploverMode("visit").negated(true).date("2024-12-08").mentions(told).build();
    store.save(analysis("told", TOLD, "2024-12-08", "https://www.news.example/told", List.of(syria, hamas), List.of(kill, visit)));
    List<JsonNode> records = store.events(EventQuery.all()).stream().map(e -> {
      StringWriter out = new StringWriter();
      try {
        Exporter.of("plover").write(e, out);
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
      return json(out.toString());
    }).toList();
    assertThat(records).hasSize(2).allSatisfy(r -> {
      assertThat(names(r)).containsExactlyElementsOf(ploverFields("record"));
      assertThat(names(r.get("actor"))).containsExactlyElementsOf(ploverFields("actor"));
      assertThat(names(r.get("recipient"))).containsExactlyElementsOf(ploverFields("actor"));
      assertThat(r.get("version").asText()).startsWith("dyad-");
      assertThat(r.get("publisher").asText()).isEqualTo("news.example");
      assertThat(r.get("headline").asText()).isEqualTo("Title of told");
    });
    JsonNode k = records.stream().filter(r -> r.get("cameo").asText().equals("1823")).findFirst().orElseThrow();
    assertThat(k.get("event_type").asText()).isEqualTo("ASSAULT");
    assertThat(k.get("mode")).isEmpty();
    assertThat(k.get("context")).extracting(JsonNode::asText).containsExactly("hypothetical");
    assertThat(k.get("intensity").asDouble()).isEqualTo(-9.3);
    assertThat(k.get("size").get("dead").asInt()).isEqualTo(94);
    assertThat(k.get("event_loc").get("name").asText()).isEqualTo("Damascus");
    assertThat(k.get("date").asText()).isEqualTo("2012");
    assertThat(k.get("date_precision").asText()).isEqualTo("year");
    assertThat(k.get("date_source").asText()).isEqualTo("text");
    assertThat(k.get("actor").get("code").asText()).isEqualTo("SYR");
    assertThat(k.get("actor").get("sector").asText()).isEqualTo("GOV");
    assertThat(k.get("actor").get("actor_text").asText()).isEqualTo("Syria");
    assertThat(k.get("recipient").get("actor_text").asText()).isEqualTo("Hamas");
    assertThat(k.get("event_text")).extracting(JsonNode::asText).containsExactly("Syria arrested Hamas");
    // CAMEO's 043 source is the host; PLOVER's actor is the visitor. Negated: the special context.
    JsonNode v = records.stream().filter(r -> r.get("cameo").asText().equals("043")).findFirst().orElseThrow();
    assertThat(v.get("actor").get("dyad_code").asText()).isEqualTo("HAMAS");
    assertThat(v.get("recipient").get("dyad_code").asText()).isEqualTo("SYRGOV");
    assertThat(v.get("mode")).extracting(JsonNode::asText).containsExactly("visit");
    assertThat(v.get("context")).extracting(JsonNode::asText).containsExactly("negation");
    assertThat(v.get("date_source").asText()).isEqualTo("article");
  }
}
