package org.dyad.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dyad.geo.GeoEntry;
import org.dyad.geo.Toponyms;

/**
 * Scores toponym resolution against gold place mentions: right at country level when the entry's
 * country is the gold country, right at place level when it is the gold GeoNames entry. The context
 * is the gold text alone, as an article's would be.
 */
public final class PlaceScorer {
  private final Toponyms toponyms;
  private final Map<String, int[]> byRegion = new TreeMap<>();
  private final List<String> errors = new ArrayList<>();
  private int total;
  private int countryRight;
  private int placeRight;

  public PlaceScorer(Toponyms toponyms) {
    this.toponyms = toponyms;
  }

  public void add(PlaceGold g) {
    Optional<GeoEntry> found = toponyms.resolve(g.text(), g.start(), g.end(), toponyms.context(g.text(), List.of()));
    boolean country = found.map(e -> g.country().equals(e.country())).orElse(false);
    boolean place = found.map(e -> e.geonamesId() != null && e.geonamesId() == g.geonamesId()).orElse(false);
    total++;
    countryRight += country ? 1 : 0;
    placeRight += place ? 1 : 0;
    int[] r = byRegion.computeIfAbsent(g.region(), k -> new int[3]);
    r[0]++;
    r[1] += country ? 1 : 0;
    r[2] += place ? 1 : 0;
    if (!place) {
      errors.add(String.format(Locale.ROOT, "  %-6s %-22s gold %s %s (%d), got %s", g.id(), g.mention(), g.name(), g.country(),
          g.geonamesId(), found.map(e -> e.name() + " " + e.country() + " " + e.featureCode() + " (" + e.geonamesId() + ")").orElse("nothing")));
    }
  }

  public double countryAccuracy() {
    return total == 0 ? 0 : (double) countryRight / total;
  }

  public double placeAccuracy() {
    return total == 0 ? 0 : (double) placeRight / total;
  }

  public String report() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "dyad eval --places: %d gold place mention(s), gazetteer %s%n%n", total,
        toponyms.gazetteer().full() ? "GeoNames (" + toponyms.gazetteer().size() + " places)" : "countries only"));
    sb.append(String.format(Locale.ROOT, "%-20s %10s %10s%n", "Resolution", "country", "place"));
    sb.append(String.format(Locale.ROOT, "%-20s %10.3f %10.3f   %d, %d of %d%n", "  all", countryAccuracy(), placeAccuracy(),
        countryRight, placeRight, total));
    byRegion.forEach((region, r) -> sb.append(String.format(Locale.ROOT, "%-20s %10.3f %10.3f   %d, %d of %d%n", "  " + region,
        (double) r[1] / r[0], (double) r[2] / r[0], r[1], r[2], r[0])));
    if (!errors.isEmpty()) {
      sb.append(String.format(Locale.ROOT, "%nWrong at place level (%d)%n", errors.size()));
      errors.forEach(e -> sb.append(e).append('\n'));
    }
    return sb.toString();
  }
}
