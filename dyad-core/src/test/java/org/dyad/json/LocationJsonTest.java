package org.dyad.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.dyad.model.Event;
import org.dyad.model.Location;
import org.junit.jupiter.api.Test;

class LocationJsonTest {
  private static Event event(String phrase, Location place) {
    return Event.builder("e1").cameo("173").root("17").label("Arrest").goldstein(-5.0).quadClass(4)
        .date("2024-12-08").location(phrase).place(place).build();
  }

  @Test
  void theLocationIsTheResolvedPlaceAndThePhraseStaysBesideIt() {
    Location kaduna = new Location("Kaduna", 40, 46, "Kaduna", 2335727L, "P", "PPLA", "NGA", "23", "Kaduna State",
        10.52641, 7.43879, Location.CLAUSE);
    JsonNode json = AnalysisJson.mapper().valueToTree(event("in Kaduna", kaduna));
    assertThat(json.get("location_phrase").asText()).isEqualTo("in Kaduna");
    JsonNode loc = json.get("location");
    assertThat(loc.get("text").asText()).isEqualTo("Kaduna");
    assertThat(loc.get("start").asInt()).isEqualTo(40);
    assertThat(loc.get("geonames_id").asLong()).isEqualTo(2335727L);
    assertThat(loc.get("feature_class").asText()).isEqualTo("P");
    assertThat(loc.get("admin1_name").asText()).isEqualTo("Kaduna State");
    assertThat(loc.get("lat").asDouble()).isEqualTo(10.52641);
    assertThat(loc.get("how").asText()).isEqualTo("clause");
  }

  @Test
  void anEventWithNoKnownPlaceHasANullLocation() {
    JsonNode json = AnalysisJson.mapper().valueToTree(event(null, null));
    assertThat(json.get("location").isNull()).isTrue();
    assertThat(json.get("location_phrase").isNull()).isTrue();
  }
}
