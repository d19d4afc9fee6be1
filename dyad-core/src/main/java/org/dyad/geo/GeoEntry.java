package org.dyad.geo;

/**
 * One place of the gazetteer, as a value: its GeoNames id (null when dyad knows the place only from
 * its own dictionary), English name, GeoNames feature class ({@code P} a populated place, {@code A} a
 * country or region) and code ({@code PPLC}, {@code ADM1}, {@code PCLI} ...), ISO 3166 alpha-3
 * country, first-level region (GeoNames admin1 code and name), population and coordinates (null
 * when unknown).
 */
public record GeoEntry(
    Long geonamesId,
    String name,
    String featureClass,
    String featureCode,
    String country,
    String admin1,
    String admin1Name,
    int population,
    Double lat,
    Double lon) {
  public GeoEntry {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a gazetteer entry needs a name");
    }
    if (!"P".equals(featureClass) && !"A".equals(featureClass)) {
      throw new IllegalArgumentException("feature class must be P or A, got " + featureClass + " for " + name);
    }
  }

  public boolean isCountry() {
    return featureCode.startsWith("PCL");
  }

  public boolean isRegion() {
    return featureCode.equals("ADM1");
  }
}
