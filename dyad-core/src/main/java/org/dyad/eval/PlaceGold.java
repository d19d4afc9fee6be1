package org.dyad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.dyad.json.AnalysisJson;

/**
 * One gold place mention (eval/places.jsonl, docs/geo.md): a news sentence, the place name in it
 * ({@code mention}, its {@code occurrence}-th appearance, 1 the first), and the entry it means:
 * GeoNames id, ISO 3166 alpha-3 country, name; {@code region} the world region, for the report.
 */
public record PlaceGold(String id, String region, String text, String mention, int start, int end, long geonamesId,
    String country, String name) {

  /** Every line of a places gold file; a malformed line fails with its file and line number. */
  public static List<PlaceGold> read(BufferedReader in, String source) throws IOException {
    List<PlaceGold> out = new ArrayList<>();
    int lineNo = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lineNo++;
      if (!line.isBlank()) {
        out.add(parse(line, source + ":" + lineNo));
      }
    }
    return out;
  }

  private static PlaceGold parse(String line, String where) {
    JsonNode n;
    try {
      n = AnalysisJson.mapper().readTree(line);
    } catch (IOException e) {
      throw new GoldFormatException(where + ": not JSON: " + e.getMessage());
    }
    for (String field : List.of("id", "region", "text", "mention", "geonames_id", "country", "name")) {
      if (!n.hasNonNull(field)) {
        throw new GoldFormatException(where + ": missing field '" + field + "'");
      }
    }
    String text = n.get("text").asText();
    String mention = n.get("mention").asText();
    int at = -1;
    for (int k = 0; k < n.path("occurrence").asInt(1); k++) {
      at = text.indexOf(mention, at + 1);
    }
    if (at < 0) {
      throw new GoldFormatException(where + ": mention '" + mention + "' is not in the text");
    }
    return new PlaceGold(n.get("id").asText(), n.get("region").asText(), text, mention, at, at + mention.length(),
        n.get("geonames_id").asLong(), n.get("country").asText(), n.get("name").asText());
  }
}
