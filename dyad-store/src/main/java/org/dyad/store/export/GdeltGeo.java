package org.dyad.store.export;

import org.dyad.geo.Gazetteer;
import org.dyad.geo.GeoEntry;
import org.dyad.model.Location;

/**
 * GDELT's Geo column groups (ActionGeo_*, Actor1Geo_*, Actor2Geo_*) from a resolved place: Type (1
 * country, 2 US state, 3 US city, 4 world city, 5 world region), FullName ("Kaduna, Kaduna State,
 * Nigeria"), FIPS 10-4 CountryCode, ADM1Code (FIPS country + GeoNames admin1), Lat, Long, and
 * FeatureID: the GeoNames id (GDELT used GNS/GNIS ids; dyad's gazetteer is GeoNames), or for a
 * country its FIPS code, as GDELT writes country-level places.
 */
final class GdeltGeo {
  private final Gazetteer gazetteer;

  GdeltGeo(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The event's place. */
  void set(GdeltColumns.Row row, String prefix, Location p) {
    if (p == null || !p.resolved()) {
      return;
    }
    String fips = gazetteer.countries().fips(p.country());
    boolean country = p.featureCode() != null && p.featureCode().startsWith("PCL");
    boolean region = "ADM1".equals(p.featureCode());
    boolean us = "USA".equals(p.country());
    int type = country ? 1 : us ? (region ? 2 : 3) : (region ? 5 : 4);
    row.set(prefix + "_Type", type)
        .set(prefix + "_FullName", fullName(p, country, region))
        .set(prefix + "_CountryCode", fips)
        .set(prefix + "_ADM1Code", fips == null ? null : country ? fips : fips + (p.admin1() == null ? "" : p.admin1()))
        .set(prefix + "_Lat", p.lat())
        .set(prefix + "_Long", p.lon())
        .set(prefix + "_FeatureID", country ? fips : p.geonamesId());
  }

  /** An actor's place: its country (ISO 3166 alpha-3), at the country's centre. */
  void setCountry(GdeltColumns.Row row, String prefix, String iso3) {
    if (iso3 == null) {
      return;
    }
    gazetteer.country(iso3).map(gazetteer::entry).ifPresent(e -> set(row, prefix, asLocation(e)));
  }

  private static Location asLocation(GeoEntry e) {
    return new Location(e.name(), 0, 0, e.name(), e.geonamesId(), e.featureClass(), e.featureCode(), e.country(), e.admin1(),
        e.admin1Name(), e.lat(), e.lon(), Location.ACTOR);
  }

  private String fullName(Location p, boolean country, boolean region) {
    String countryName = gazetteer.country(p.country()).map(gazetteer::entry).map(GeoEntry::name).orElse(p.country());
    if (country) {
      return p.name();
    }
    StringBuilder sb = new StringBuilder(p.name());
    if (!region && p.admin1Name() != null) {
      sb.append(", ").append(p.admin1Name());
    }
    return sb.append(", ").append(countryName).toString();
  }
}
