package org.dyad.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A place that news names to say where something happened: a city, a region, a disputed territory
 * ("Gaza Strip" -> PSE, "Kharkiv" -> UKR), or a sea or region in no single state ({@code iso3} null:
 * "South China Sea", "Lake Chad"). A place is evidence of its country for the actors of its
 * sentence, never an actor itself. {@code kind} is one of {@link #KINDS}.
 */
public record Place(String name, String iso3, String kind, List<String> aliases) {
  /** The kinds of place places.tsv may use. */
  public static final Set<String> KINDS = Set.of("city", "region", "territory", "landmark", "water");

  public Place {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("place needs a name");
    }
    if (iso3 != null && !iso3.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("country code of place '" + name + "' must be ISO 3166 alpha-3 or '-', got " + iso3);
    }
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException("unknown kind '" + kind + "' of place '" + name + "'; expected one of "
          + KINDS.stream().sorted().toList());
    }
    aliases = List.copyOf(aliases);
  }

  /** The name and all aliases: every wording that names this place. */
  public List<String> names() {
    List<String> all = new ArrayList<>(aliases.size() + 1);
    all.add(name);
    all.addAll(aliases);
    return all;
  }
}
