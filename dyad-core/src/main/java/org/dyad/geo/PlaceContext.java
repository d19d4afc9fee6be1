package org.dyad.geo;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What an article says about where it is: how often it names each country (by name, or by the
 * country of its actors), and the first-level regions it names ("in Kaduna state", "Borno"). The
 * resolver prefers places in these: "Kaduna" in an article about Nigeria is Nigeria's.
 */
public final class PlaceContext {
  private final Map<String, Double> countries = new HashMap<>();
  private final Set<String> regions = new HashSet<>();
  private double most;
  /** A town is small beside a region of its name when it has less than 1/{@value} of the region's people. */
  private static final int SMALL_TOWN_SHARE = 20;

  private PlaceContext() {}

  /** The countries and regions {@code text} names, plus the countries of its actors ({@code actorCountries}, alpha-3). */
  public static PlaceContext of(String text, Gazetteer g, Collection<String> actorCountries) {
    return of(text, g, name -> Optional.empty(), actorCountries);
  }

  /** As {@link #of(String, Gazetteer, Collection)}, names the gazetteer lacks ("Swiss", "West Bank") counted by the dictionary's country. */
  static PlaceContext of(String text, Gazetteer g, Function<String, Optional<String>> dictionary, Collection<String> actorCountries) {
    PlaceContext c = new PlaceContext();
    for (String iso3 : actorCountries) {
      c.count(iso3, 1);
    }
    for (ProperNames.Run run : ProperNames.in(text, 0, text.length())) {
      c.read(run, text, g, dictionary);
    }
    return c;
  }

  /** Every name in the run, the longest at each word: "Kaduna State Governor Uba Sani" names Kaduna State. */
  private void read(ProperNames.Run run, String text, Gazetteer g, Function<String, Optional<String>> dictionary) {
    int n = run.words();
    int w = 0;
    while (w < n) {
      int next = w + 1;
      for (int last = Math.min(n, w + Toponyms.MAX_WORDS); last > w; last--) {
        ProperNames.Run part = run.words(w, last);
        int[] found = g.lookup(part.text());
        if (found.length > 0) {
          note(found, g, part, Toponyms.regionWordAfter(text, part.end()));
          next = last;
          break;
        }
        Optional<String> country = dictionary.apply(part.text());
        if (country.isPresent()) {
          count(country.get(), 1);
          next = last;
          break;
        }
      }
      w = next;
    }
  }

  /**
   * A region is noted when a region word follows it, or when nothing else of its name matters: no
   * other region or country bears it, and the towns that do are small beside it ("Alabama": a town
   * of 1,800 in New York shares the name) while "Kaduna" is as much the city as the state.
   */
  private void note(int[] found, Gazetteer g, ProperNames.Run part, boolean regionWord) {
    long areas = java.util.Arrays.stream(found).filter(e -> !g.entry(e).featureClass().equals("P")).count();
    int largestTown = java.util.Arrays.stream(found).filter(e -> g.entry(e).featureClass().equals("P"))
        .map(e -> g.entry(e).population()).max().orElse(0);
    for (int e : found) {
      GeoEntry entry = g.entry(e);
      if (entry.isCountry()) {
        count(entry.country(), 1);
      } else if (entry.isRegion() && (regionWord || areas == 1 && largestTown < entry.population() / SMALL_TOWN_SHARE)) {
        regions.add(entry.country() + "." + entry.admin1());
        count(entry.country(), 0.5);
      }
    }
  }

  private void count(String iso3, double weight) {
    if (iso3 == null) {
      return;
    }
    double n = countries.merge(iso3, weight, Double::sum);
    most = Math.max(most, n);
  }

  /** 0 to 1: how much of the article's naming of countries is of {@code iso3}, relative to the most named. */
  double countryShare(String iso3) {
    return most == 0 ? 0 : countries.getOrDefault(iso3, 0.0) / most;
  }

  boolean namesRegion(String iso3, String admin1) {
    return admin1 != null && regions.contains(iso3 + "." + admin1);
  }
}
