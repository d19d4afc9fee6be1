package org.dyad.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.data.BundledData;
import org.dyad.model.ActorType;
import org.dyad.model.DyadException;

/**
 * The actor dictionary: states (ISO codes and names from the JDK, demonyms, capitals and other
 * names from countries.tsv), role words (roles.tsv), organisations and people (organisations.tsv,
 * people.tsv, and any user file in the same format), and places that are evidence of a state but
 * never actors (places.tsv). Immutable; {@link #withFile} adds a user file.
 *
 * <p>All files are UTF-8 TSV with a header line; '#' starts a comment line; list cells separate
 * items with '|'; an empty cell or '-' means none.
 */
public final class ActorDictionary {
  static final String ACTOR_HEADER = "id\tcode\tname\ttype\tcountry\trole\taffiliation\ttitle\taliases";
  static final String PLACE_HEADER = "name\tiso3\tkind\taliases";
  private static final String RESOURCES = "/org/dyad/actors/";
  private static volatile ActorDictionary defaultDictionary;

  private final Map<String, Country> countries;
  private final List<RoleWord> roleWords;
  private final Map<String, DictionaryEntry> entries;
  private final List<Place> places;
  private final List<People> peoples;
  private final Set<String> ambiguous;

  private ActorDictionary(Map<String, Country> countries, List<RoleWord> roleWords,
      Map<String, DictionaryEntry> entries, List<Place> places, List<People> peoples, Set<String> ambiguous) {
    this.countries = countries;
    this.roleWords = roleWords;
    this.entries = entries;
    this.places = places;
    this.peoples = peoples;
    this.ambiguous = ambiguous;
  }

  /** The dictionary bundled with dyad, loaded once per JVM. */
  public static ActorDictionary loadDefault() {
    ActorDictionary d = defaultDictionary;
    if (d == null) {
      synchronized (ActorDictionary.class) {
        d = defaultDictionary;
        if (d == null) {
          d = loadBundled();
          defaultDictionary = d;
        }
      }
    }
    return d;
  }

  private static ActorDictionary loadBundled() {
    Map<String, Country> countries = Countries.fromJdk();
    for (Country c : parseCountries(resource("countries.tsv"), "countries.tsv")) {
      countries.merge(c.iso3(), c, Countries::overlay);
    }
    List<RoleWord> roles = parseRoles(resource("roles.tsv"), "roles.tsv");
    Map<String, DictionaryEntry> entries = new LinkedHashMap<>();
    for (String file : List.of("organisations.tsv", "people.tsv")) {
      for (DictionaryEntry e : parseActors(resource(file), file)) {
        putUnique(entries, e, file);
      }
    }
    List<Place> places = parsePlaces(resource("places.tsv"), "places.tsv");
    for (Place p : places) {
      if (p.iso3() != null && !countries.containsKey(p.iso3())) {
        throw new DyadException("places.tsv: place '" + p.name() + "' has the unknown country code '" + p.iso3()
            + "'; expected an ISO 3166 alpha-3 code of countries.tsv or the JDK");
      }
    }
    List<People> peoples = parsePeoples(resource("peoples.tsv"), "peoples.tsv");
    for (People p : peoples) {
      if (!countries.containsKey(p.iso3())) {
        throw new DyadException("peoples.tsv: people '" + p.name() + "' has the unknown country code '" + p.iso3() + "'");
      }
    }
    Set<String> ambiguous = new HashSet<>();
    for (String line : lines(resource("ambiguous.txt"))) {
      String w = line.strip();
      if (!w.isEmpty() && !w.startsWith("#")) {
        ambiguous.add(w.toLowerCase(Locale.ROOT));
      }
    }
    return new ActorDictionary(Map.copyOf(countries), List.copyOf(roles), entries, List.copyOf(places), List.copyOf(peoples),
        Set.copyOf(ambiguous));
  }

  private static void putUnique(Map<String, DictionaryEntry> entries, DictionaryEntry e, String file) {
    if (entries.putIfAbsent(e.id(), e) != null) {
      throw new DyadException(file + ": actor id '" + e.id() + "' is defined twice");
    }
  }

  /** This dictionary plus the actors of a user file (actor TSV format); its entries win over ours. */
  public ActorDictionary withFile(Path file) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Map<String, DictionaryEntry> merged = new LinkedHashMap<>(entries);
      for (DictionaryEntry e : parseActors(r, file.toString())) {
        merged.put(e.id(), e);
      }
      return new ActorDictionary(countries, roleWords, merged, places, peoples, ambiguous);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read actor file " + file + ": " + e.getMessage(), e);
    }
  }

  public List<Country> countries() {
    return List.copyOf(countries.values());
  }

  public Optional<Country> country(String iso3) {
    return Optional.ofNullable(countries.get(iso3));
  }

  public List<RoleWord> roleWords() {
    return roleWords;
  }

  public List<DictionaryEntry> entries() {
    return List.copyOf(entries.values());
  }

  public Optional<DictionaryEntry> entry(String id) {
    return Optional.ofNullable(entries.get(id));
  }

  /** The peoples of peoples.tsv: ethnic and national groups named without their state. */
  public List<People> peoples() {
    return peoples;
  }

  /** The places of places.tsv: cities, regions, territories, landmarks and waters, each in one state or none. */
  public List<Place> places() {
    return places;
  }

  /** True when a lowercase word is also an ordinary English word, so it names an actor only when capitalised. */
  public boolean ambiguous(String word) {
    return ambiguous.contains(word.toLowerCase(Locale.ROOT));
  }

  // ---- parsing ----

  static List<Country> parseCountries(Reader reader, String file) {
    return parseEach(reader, file, "iso3\tname\tdemonyms\tcapitals\taliases",
        row -> new Country(row.cell(0), row.cell(1), row.list(2), row.list(3), row.list(4)));
  }

  static List<RoleWord> parseRoles(Reader reader, String file) {
    List<RoleWord> out = new ArrayList<>();
    for (Row row : rows(reader, file, "role\tlabel\twords")) {
      for (String word : row.list(2)) {
        try {
          out.add(new RoleWord(word, row.cell(0), row.cell(1)));
        } catch (IllegalArgumentException e) {
          throw new DyadException(file + ":" + row.line() + ": " + e.getMessage(), e);
        }
      }
    }
    return out;
  }

  static List<DictionaryEntry> parseActors(Reader reader, String file) {
    return parseEach(reader, file, ACTOR_HEADER, row -> new DictionaryEntry(row.cell(0), row.cell(1), row.cell(2), type(row.cell(3)),
        row.cell(4), row.cell(5), row.cell(6), row.cell(7), row.list(8)));
  }

  static List<People> parsePeoples(Reader reader, String file) {
    return parseEach(reader, file, "name\tiso3\taliases", row -> new People(row.cell(0), row.cell(1), row.list(2)));
  }

  static List<Place> parsePlaces(Reader reader, String file) {
    return parseEach(reader, file, PLACE_HEADER, row -> new Place(row.cell(0), row.cell(1), row.cell(2), row.list(3)));
  }

  /** One record per row; a row the record refuses fails with its file and line. */
  private static <T> List<T> parseEach(Reader reader, String file, String header, java.util.function.Function<Row, T> record) {
    List<T> out = new ArrayList<>();
    for (Row row : rows(reader, file, header)) {
      try {
        out.add(record.apply(row));
      } catch (IllegalArgumentException e) {
        throw new DyadException(file + ":" + row.line() + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static ActorType type(String cell) {
    if (cell == null) {
      throw new IllegalArgumentException("type is missing; expected one of " + Arrays.toString(ActorType.values()));
    }
    try {
      return ActorType.valueOf(cell.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown actor type '" + cell + "'; expected one of " + Arrays.toString(ActorType.values()), e);
    }
  }

  private record Row(String file, int line, String[] cells) {
    String cell(int i) {
      String c = i < cells.length ? cells[i].strip() : "";
      return c.isEmpty() || c.equals("-") ? null : c;
    }

    List<String> list(int i) {
      String c = cell(i);
      if (c == null) {
        return List.of();
      }
      return Arrays.stream(c.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
  }

  private static List<Row> rows(Reader reader, String file, String header) {
    List<String> lines = lines(reader);
    List<Row> rows = new ArrayList<>();
    int columns = header.split("\t").length;
    boolean seenHeader = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = i == 0 && lines.get(0).startsWith("\uFEFF") ? lines.get(0).substring(1) : lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (!seenHeader) {
        if (!line.strip().equals(header)) {
          throw new DyadException(file + ":" + (i + 1) + ": expected the header '"
              + header.replace("\t", "<TAB>") + "', got '" + line.replace("\t", "<TAB>") + "'");
        }
        seenHeader = true;
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length > columns) {
        throw new DyadException(file + ":" + (i + 1) + ": expected at most " + columns
            + " tab-separated columns, got " + cells.length);
      }
      rows.add(new Row(file, i + 1, cells));
    }
    return rows;
  }

  private static List<String> lines(Reader reader) {
    try (BufferedReader br = new BufferedReader(reader)) {
      return br.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Reader resource(String name) {
    return BundledData.reader(RESOURCES + name);
  }

}
