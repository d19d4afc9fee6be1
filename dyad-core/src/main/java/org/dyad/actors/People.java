package org.dyad.actors;

import java.util.ArrayList;
import java.util.List;

/**
 * An ethnic or national group that news names without its state ("Rohingya refugees", "Masalit
 * civilians"): alone or with a role word of people it names that part of the state it lives in
 * (peoples.tsv explains which groups are listed and why).
 */
public record People(String name, String iso3, List<String> aliases) {
  public People {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a people needs a name");
    }
    if (iso3 == null || !iso3.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("country code of people '" + name + "' must be ISO 3166 alpha-3, got " + iso3);
    }
    aliases = List.copyOf(aliases);
  }

  /** The name and its aliases. */
  public List<String> names() {
    List<String> out = new ArrayList<>();
    out.add(name);
    out.addAll(aliases);
    return out;
  }
}
