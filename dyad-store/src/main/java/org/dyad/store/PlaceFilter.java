package org.dyad.store;

import java.util.Locale;
import java.util.MissingResourceException;

/**
 * Where the events asked for happened: in a country (ISO 3166 alpha-3, or alpha-2 turned into it)
 * and/or inside a bounding box (west, south, east, north in degrees, GeoJSON's order; a box whose
 * west is east of its east crosses the antimeridian). Null parts filter nothing.
 */
public record PlaceFilter(String country, Double west, Double south, Double east, Double north) {
  public static final PlaceFilter ANY = new PlaceFilter(null, null, null, null, null);

  public PlaceFilter {
    if (country != null) {
      country = alpha3(country.strip().toUpperCase(Locale.ROOT));
    }
    boolean someBox = west != null || south != null || east != null || north != null;
    if (someBox && (west == null || south == null || east == null || north == null)) {
      throw new IllegalArgumentException("a bounding box needs west, south, east and north");
    }
    if (someBox && (south > north || south < -90 || north > 90 || west < -180 || east > 180 || east < -180 || west > 180)) {
      throw new IllegalArgumentException("bounding box must be west,south,east,north in degrees with south <= north, got "
          + west + "," + south + "," + east + "," + north);
    }
  }

  private static String alpha3(String code) {
    if (code.matches("[A-Z]{3}")) {
      return code;
    }
    if (code.matches("[A-Z]{2}")) {
      try {
        return new Locale("", code).getISO3Country();
      } catch (MissingResourceException e) {
        throw new IllegalArgumentException("unknown country code '" + code + "'; expected ISO 3166 alpha-3 (NGA) or alpha-2 (NG)");
      }
    }
    throw new IllegalArgumentException("country must be ISO 3166 alpha-3 (NGA) or alpha-2 (NG), got '" + code + "'");
  }

  /** A country code and/or a "west,south,east,north" box, as the API and CLI take them; either may be null. */
  public static PlaceFilter of(String country, String bbox) {
    PlaceFilter f = bbox == null || bbox.isBlank() ? ANY : box(bbox);
    return country == null || country.isBlank() ? f : f.inCountry(country);
  }

  /** "west,south,east,north", as the API and CLI take it. */
  public static PlaceFilter box(String bbox) {
    String[] p = bbox.split(",");
    if (p.length != 4) {
      throw new IllegalArgumentException("bbox must be west,south,east,north (4 numbers), got '" + bbox + "'");
    }
    try {
      return new PlaceFilter(null, Double.valueOf(p[0].strip()), Double.valueOf(p[1].strip()), Double.valueOf(p[2].strip()),
          Double.valueOf(p[3].strip()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("bbox must be west,south,east,north (4 numbers), got '" + bbox + "'");
    }
  }

  public PlaceFilter inCountry(String c) {
    return new PlaceFilter(c, west, south, east, north);
  }

  public PlaceFilter within(PlaceFilter box) {
    return new PlaceFilter(country, box.west, box.south, box.east, box.north);
  }

  boolean hasBox() {
    return west != null;
  }
}
