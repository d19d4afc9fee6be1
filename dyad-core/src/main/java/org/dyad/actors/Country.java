package org.dyad.actors;

import java.util.List;

/**
 * A state as the dictionary knows it: ISO 3166 alpha-3 code, English name (from the JDK unless
 * countries.tsv gives a better one), the adjectives and nouns for its people, its capitals and other
 * names ("Burma", "the Holy See").
 */
public record Country(String iso3, String name, List<String> demonyms, List<String> capitals, List<String> aliases) {
  public Country {
    if (iso3 == null || !iso3.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("country code must be ISO 3166 alpha-3, got " + iso3);
    }
    demonyms = List.copyOf(demonyms);
    capitals = List.copyOf(capitals);
    aliases = List.copyOf(aliases);
  }
}
