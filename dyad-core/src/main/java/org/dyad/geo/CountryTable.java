package org.dyad.geo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/**
 * The countries, by number: ISO 3166 alpha-2 and alpha-3 codes, FIPS 10-4 (GDELT's country codes),
 * ISO numeric (world-atlas' shape ids), GeoNames id, English names, and the gazetteer entry of each.
 */
public final class CountryTable {
  private record Row(String iso2, String iso3, String fips, int numeric, long geonamesId, String name, List<String> aliases) {}

  private final List<Row> rows;
  private final int[] entries;
  private final Map<String, Integer> byCode = new HashMap<>();

  private CountryTable(List<Row> rows) {
    this.rows = List.copyOf(rows);
    this.entries = new int[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      byCode.put(rows.get(i).iso2(), i);
      byCode.put(rows.get(i).iso3(), i);
    }
  }

  /** iso3166-2-db's countries, named as it and the JDK name them. */
  static CountryTable read(JsonNode root) {
    List<Row> rows = new ArrayList<>();
    root.fields().forEachRemaining(f -> {
      JsonNode c = f.getValue();
      String iso2 = c.path("iso").asText(f.getKey());
      LinkedHashSet<String> names = new LinkedHashSet<>();
      names.add(c.path("names").path("en").asText(""));
      names.add(c.path("names").path("geonames").asText(""));
      names.add(new Locale("", iso2).getDisplayCountry(Locale.ENGLISH));
      names.removeIf(String::isBlank);
      if (!names.isEmpty()) {
        List<String> all = List.copyOf(names);
        rows.add(new Row(iso2, c.path("iso3").asText(), c.path("fips").asText(null), c.path("numeric").asInt(0),
            c.path("reference").path("geonames").asLong(0), all.get(0), all.subList(1, all.size())));
      }
    });
    // Territories GeoNames gives towns in (New Caledonia, Aruba ...) that the file lacks, and Kosovo.
    java.util.Set<String> have = new java.util.HashSet<>(rows.stream().map(Row::iso2).toList());
    jdkRows().stream().filter(r -> have.add(r.iso2())).forEach(rows::add);
    extra().stream().filter(r -> have.add(r.iso2())).forEach(rows::add);
    return new CountryTable(rows);
  }

  private static List<Row> extra() {
    return org.dyad.data.BundledData.lines("/org/dyad/geo/countries-extra.tsv").stream().map(l -> l.split("\t")).map(c ->
        new Row(c[0], c[1], c[2], 0, Long.parseLong(c[3]), c[4], List.of())).toList();
  }

  /** The JDK's ISO 3166 list (and the extra countries): the fallback when no gazetteer is installed. */
  static CountryTable fromJdk() {
    List<Row> rows = jdkRows();
    rows.addAll(extra());
    return new CountryTable(rows);
  }

  private static List<Row> jdkRows() {
    List<Row> rows = new ArrayList<>();
    for (String iso2 : Locale.getISOCountries()) {
      Locale l = new Locale("", iso2);
      try {
        rows.add(new Row(iso2, l.getISO3Country(), null, 0, 0, l.getDisplayCountry(Locale.ENGLISH), List.of()));
      } catch (MissingResourceException e) {
        // a code without an alpha-3 form names no state dyad codes
      }
    }
    return rows;
  }

  int size() {
    return rows.size();
  }

  /** The row of an alpha-2 or alpha-3 code (any case), or null. */
  Integer index(String code) {
    return code == null ? null : byCode.get(code.toUpperCase(Locale.ROOT));
  }

  String iso3(int c) {
    return rows.get(c).iso3();
  }

  String name(int c) {
    return rows.get(c).name();
  }

  List<String> aliases(int c) {
    return rows.get(c).aliases();
  }

  long geonamesId(int c) {
    return rows.get(c).geonamesId();
  }

  int entry(int c) {
    return entries[c];
  }

  void setEntry(int c, int entry) {
    entries[c] = entry;
  }

  /** The FIPS 10-4 code of a country (alpha-2 or alpha-3), or null when unknown. */
  public String fips(String code) {
    Integer c = index(code);
    return c == null ? null : rows.get(c).fips();
  }

  /** The ISO 3166 alpha-3 code of an alpha-2 or alpha-3 code, or null when unknown. */
  public String iso3Of(String code) {
    Integer c = index(code);
    return c == null ? null : rows.get(c).iso3();
  }

  /** ISO numeric code (as world-atlas writes it, "566") to alpha-3, for every known country. */
  public Map<String, String> iso3ByNumeric() {
    Map<String, String> out = new HashMap<>();
    for (Row r : rows) {
      if (r.numeric() > 0) {
        out.put(String.format(Locale.ROOT, "%03d", r.numeric()), r.iso3());
      }
    }
    return out;
  }
}
