package org.dyad.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.dyad.model.Actor;
import org.dyad.model.ActorType;
import org.dyad.model.Analysis;
import org.dyad.model.ArticleInfo;
import org.dyad.model.Event;
import org.dyad.model.Location;
import org.dyad.model.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/v1/geo/countries} counts what the export of the same filters holds: one rule for
 * "acts by default" ({@code EventQuery.countingActsByDefault}), each open filter apart.
 */
class GeoCountsApiTest extends ServerTest {
  private static final String TEXT = "Kenya might not expel Ethiopian diplomats from Djibouti, a minister said.";

  /**
   * A negated hypothetical event in Djibouti, where the corpus has none, made by hand: the coder's
   * modality is not under test here.
   */
  @BeforeAll
  static void addANegatedHypotheticalEvent() {
    Actor ken = actor("test-kengov", "KENGOV", "Kenya");
    Actor eth = actor("test-ethgov", "ETHGOV", "Ethiopia");
    Location djibouti = new Location("Djibouti", 47, 55, "Djibouti", 223817L, "P", "PPLC", "DJI", "07", "Djibouti",
        11.58901, 43.14503, Location.CLAUSE);
    Event expel = Event.builder("e1").source(ken.ref()).target(eth.ref()).cameo("1041").root("10").label("expel").goldstein(-5.0)
        .quadClass(3).negated(true).certainty(Event.Certainty.HYPOTHETICAL).date("2025-03-05")
        .mentions(List.of(new Event.EventMention(0, 16, 21, TEXT))).place(djibouti).build();
    ArticleInfo info = new ArticleInfo("geo-hypothetical", "Kenya might not expel diplomats", LocalDate.parse("2025-03-05"),
        null, "text", "en", TEXT, List.of());
    store.save(new Analysis(info, List.of(ken, eth), List.of(expel), List.of()));
  }

  private static Actor actor(String id, String code, String name) {
    return new Actor(id, code, name, ActorType.STATE, code.substring(0, 3), null, null, null, List.of(name), List.of(new Span(0, 5, name)));
  }

  private static Map<String, Integer> counts(String query) {
    Map<String, Integer> out = new TreeMap<>();
    getJson("/api/v1/geo/countries?" + query).get("countries").fields().forEachRemaining(f -> out.put(f.getKey(), f.getValue().asInt()));
    return out;
  }

  /** The export's events of {@code query}, counted by the country they happened in. */
  private static Map<String, Integer> exported(String query) {
    String body = get("/api/v1/events/export?format=jsonl&" + query).body();
    return body.lines().map(ServerTest::jsonLine).map(e -> e.path("location").path("country"))
        .filter(c -> !c.isMissingNode() && !c.isNull())
        .collect(Collectors.groupingBy(JsonNode::asText, TreeMap::new, Collectors.summingInt(c -> 1)));
  }

  @Test
  void hypotheticalCountsLeaveOutNegatedEventsAsTheExportDoes() {
    assertThat(counts("certainty=hypothetical")).doesNotContainKey("DJI").isEqualTo(exported("certainty=hypothetical"));
    assertThat(counts("certainty=hypothetical&negated=true")).containsEntry("DJI", 1)
        .isEqualTo(exported("certainty=hypothetical&negated=true"));
  }

  @Test
  void openAndNegatedCountsAreTheExportsToo() {
    assertThat(counts("")).isNotEmpty().doesNotContainKey("DJI").isEqualTo(exported(""));
    assertThat(counts("negated=true")).containsEntry("KEN", 1).doesNotContainKey("DJI").isEqualTo(exported("negated=true"));
  }
}
