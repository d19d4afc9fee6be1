package org.dyad.model;

/**
 * Where an event happened: the place name as the text writes it ({@code text}, at {@code start} to
 * {@code end}), and the gazetteer entry it resolved to: {@code name}, GeoNames id, feature class
 * ({@code P} a town, {@code A} a country or region) and code, ISO 3166 alpha-3 {@code country},
 * first-level region (GeoNames admin1 code and name), coordinates; null where unknown (a name no
 * gazetteer entry has, or coordinates without the installed gazetteer). {@code how}: where the
 * name was found, one of {@link #CLAUSE}, {@link #DATELINE}, {@link #ACTOR}.
 */
public record Location(
    String text,
    int start,
    int end,
    String name,
    Long geonamesId,
    String featureClass,
    String featureCode,
    String country,
    String admin1,
    String admin1Name,
    Double lat,
    Double lon,
    String how) {
  public static final String CLAUSE = "clause";
  public static final String DATELINE = "dateline";
  public static final String ACTOR = "actor";

  public Location {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("a location needs the text that names it");
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("location '" + text + "' has bad offsets " + start + ".." + end);
    }
    if (!CLAUSE.equals(how) && !DATELINE.equals(how) && !ACTOR.equals(how)) {
      throw new IllegalArgumentException("location '" + text + "': how must be clause, dateline or actor, got " + how);
    }
  }

  /** The same place at other offsets (mapped to the original text, or shifted by a window). */
  public Location at(int newStart, int newEnd, String newText) {
    return new Location(newText, newStart, newEnd, name, geonamesId, featureClass, featureCode, country, admin1,
        admin1Name, lat, lon, how);
  }

  public boolean resolved() {
    return name != null;
  }
}
