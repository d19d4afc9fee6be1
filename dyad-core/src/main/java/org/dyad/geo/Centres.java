package org.dyad.geo;

import java.util.HashMap;
import java.util.Map;

/**
 * The population-weighted centre of a region's or country's towns: the point a region-level or
 * country-level place gets, since the packages give regions and countries no coordinates.
 */
final class Centres {
  record Centre(int lat, int lon, long population) {}

  private final Map<String, double[]> sums = new HashMap<>();

  void add(String key, int lat, int lon, int population) {
    double w = Math.max(population, 1);
    double[] s = sums.computeIfAbsent(key, k -> new double[4]);
    s[0] += w * lat;
    s[1] += w * lon;
    s[2] += w;
    s[3] += population;
  }

  Centre of(String key) {
    double[] s = sums.get(key);
    return s == null ? null : new Centre((int) Math.round(s[0] / s[2]), (int) Math.round(s[1] / s[2]), (long) s[3]);
  }
}
