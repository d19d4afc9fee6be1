package org.dyad.store.export;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.data.BundledData;
import org.dyad.store.StoredEvent;

/**
 * PLOVER's tables as dyad's plover export needs them, read from data files: each type's score
 * (plover-scores.tsv, the record's {@code intensity}), actor codes and sectors (plover-actors.tsv)
 * and which size field a quantity fills (plover-size.tsv).
 */
final class PloverTables {
  private static final String DIR = "/org/dyad/store/export/";
  private static final Set<String> COUNTRIES = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

  static final PloverTables BUNDLED = new PloverTables();

  private final Map<String, Double> scores = new HashMap<>();
  private final Map<String, String> sectors = new HashMap<>();
  private final Map<String, String> nonState = new HashMap<>();
  private final Map<String, String> sizes = new HashMap<>();

  private PloverTables() {
    for (String[] f : rows("plover-scores.tsv", 2)) {
      scores.put(f[0], Double.parseDouble(f[1]));
    }
    for (String[] f : rows("plover-actors.tsv", 3)) {
      if (!f[1].equals("-")) {
        sectors.put(f[0], f[1]);
      }
      if (!f[2].equals("-")) {
        nonState.put(f[0], f[2]);
      }
    }
    for (String[] f : rows("plover-size.tsv", 2)) {
      sizes.put(f[0], f[1]);
    }
  }

  /** The PLOVER score of an event type, or null (no type, or one the table lacks). */
  Double score(String type) {
    return type == null ? null : scores.get(type);
  }

  /** The event types the score table lists. */
  Set<String> scoredTypes() {
    return Set.copyOf(scores.keySet());
  }

  /** PLOVER's sector of an actor: from its role, else from its kind; null when neither says. */
  String sector(StoredEvent.ActorFacts facts) {
    String byRole = facts.role() == null ? null : sectors.get(facts.role());
    return byRole != null ? byRole : sectors.get(kind(facts));
  }

  /** PLOVER's actor code: the country, else the non-state code of the actor's kind, else null. */
  String code(StoredEvent.ActorFacts facts) {
    if (facts.country() != null && COUNTRIES.contains(facts.country())) {
      return facts.country();
    }
    return nonState.get(kind(facts));
  }

  /** The size field an event's quantity fills: by the longest listed prefix of its CAMEO code, else "number". */
  String sizeField(String cameo) {
    for (int n = cameo.length(); n > 0; n--) {
      String field = sizes.get(cameo.substring(0, n));
      if (field != null) {
        return field;
      }
    }
    return "number";
  }

  /** The dyad roles and kinds the actor table lists (for tests). */
  Set<String> actorRows() {
    Set<String> rows = new java.util.HashSet<>(sectors.keySet());
    rows.addAll(nonState.keySet());
    return rows;
  }

  private static String kind(StoredEvent.ActorFacts facts) {
    return facts.type() == null ? null : "kind:" + facts.type().toUpperCase(Locale.ROOT);
  }

  private static List<String[]> rows(String file, int cells) {
    List<String> lines = BundledData.lines(DIR + file);
    return lines.subList(1, lines.size()).stream().map(l -> {
      String[] f = l.split("\t", -1);
      if (f.length != cells) {
        throw new IllegalStateException(file + ": expected " + cells + " tab-separated cells, got " + f.length + " in '" + l + "'");
      }
      return f;
    }).toList();
  }
}
