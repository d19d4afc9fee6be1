package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.dyad.model.DyadException;
import org.junit.jupiter.api.Test;

/** The bundled gazetteer places.tsv and peoples.tsv: every row parses, every place and people is in a known state, no name is two things. */
class PlacesDataTest {
  /** Names that may name two places on purpose; a new one needs a reason here. */
  private static final Set<String> SHARED_PLACE_NAMES = Set.of();
  /** Sovereign states of under a million people, which may have fewer than five places. */
  private static final Set<String> UNDER_A_MILLION = Set.of(
      "AND", "ATG", "BLZ", "BRB", "BRN", "BTN", "CPV", "DMA", "FSM", "GRD", "ISL", "KIR", "KNA", "LCA", "LIE",
      "LUX", "MCO", "MDV", "MHL", "MLT", "NRU", "PLW", "SLB", "SMR", "STP", "SYC", "TON", "TUV", "VAT", "VCT",
      "VUT", "WSM");

  private final ActorDictionary dictionary = ActorDictionary.loadDefault();

  @Test
  void everyRowParsesAndTheLoaderKeepsThemAll() {
    List<Place> rows = ActorDictionary.parsePlaces(resource("places.tsv"), "places.tsv");
    assertThat(rows).hasSizeGreaterThan(3000);
    assertThat(dictionary.places()).hasSameSizeAs(rows);
  }

  @Test
  void everyPlaceIsInAKnownStateOrInNone() {
    for (Place p : dictionary.places()) {
      if (p.iso3() != null) {
        assertThat(dictionary.country(p.iso3())).as(p.name() + " in " + p.iso3()).isPresent();
      }
    }
    assertThat(dictionary.places()).filteredOn(p -> p.iso3() == null).extracting(Place::kind)
        .as("only seas and regions lie in no single state").doesNotContain("city");
  }

  @Test
  void noPlaceNameIsACountryWordOrAnActorName() {
    Map<String, String> taken = new HashMap<>();
    for (Country c : dictionary.countries()) {
      Stream.of(List.of(c.name()), c.demonyms(), c.capitals(), c.aliases()).flatMap(List::stream)
          .forEach(w -> taken.put(Names.key(w), "country word of " + c.iso3()));
    }
    for (DictionaryEntry e : dictionary.entries()) {
      e.names().forEach(n -> taken.put(Names.key(n), "name of " + e.id()));
    }
    List<String> clashes = new ArrayList<>();
    for (Place p : dictionary.places()) {
      for (String n : p.names()) {
        if (taken.containsKey(Names.key(n))) {
          clashes.add(n + " (" + p.iso3() + ") is the " + taken.get(Names.key(n)));
        }
      }
    }
    assertThat(clashes).isEmpty();
  }

  @Test
  void everyPeopleParsesIsInAKnownStateAndIsNoOtherWord() {
    List<People> rows = ActorDictionary.parsePeoples(resource("peoples.tsv"), "peoples.tsv");
    assertThat(rows).hasSizeGreaterThan(30);
    assertThat(dictionary.peoples()).hasSameSizeAs(rows);
    Map<String, String> taken = new HashMap<>();
    for (Country c : dictionary.countries()) {
      Stream.of(List.of(c.name()), c.demonyms(), c.capitals(), c.aliases()).flatMap(List::stream)
          .forEach(w -> taken.put(Names.key(w), "country word of " + c.iso3()));
    }
    dictionary.entries().forEach(e -> e.names().forEach(n -> taken.put(Names.key(n), "name of " + e.id())));
    dictionary.places().forEach(p -> p.names().forEach(n -> taken.put(Names.key(n), "place " + p.name())));
    List<String> clashes = new ArrayList<>();
    for (People p : dictionary.peoples()) {
      assertThat(dictionary.country(p.iso3())).as(p.name() + " in " + p.iso3()).isPresent();
      p.names().stream().filter(n -> taken.containsKey(Names.key(n))).forEach(n -> clashes.add(n + " is the " + taken.get(Names.key(n))));
    }
    assertThat(clashes).isEmpty();
  }

  @Test
  void noNameNamesTwoPlaces() {
    Map<String, Set<String>> owners = new TreeMap<>();
    for (Place p : dictionary.places()) {
      for (String n : p.names()) {
        owners.computeIfAbsent(Names.key(n), k -> new TreeSet<>()).add(p.name() + "/" + p.iso3());
      }
    }
    owners.values().removeIf(s -> s.size() < 2);
    owners.keySet().removeAll(SHARED_PLACE_NAMES);
    assertThat(owners).as("names of two places").isEmpty();
  }

  @Test
  void noPlaceRepeatsAName() {
    for (Place p : dictionary.places()) {
      assertThat(p.names().stream().map(Names::key).toList()).as(p.name()).doesNotHaveDuplicates();
    }
  }

  @Test
  void everyStateOfAMillionPeopleHasFivePlaces() {
    Map<String, Integer> counts = new HashMap<>();
    dictionary.places().stream().filter(p -> p.iso3() != null).forEach(p -> counts.merge(p.iso3(), 1, Integer::sum));
    List<String> few = new ArrayList<>();
    for (String iso3 : sovereignStates()) {
      if (!UNDER_A_MILLION.contains(iso3) && counts.getOrDefault(iso3, 0) < 5) {
        few.add(iso3 + " has " + counts.getOrDefault(iso3, 0));
      }
    }
    assertThat(few).isEmpty();
  }

  @Test
  void placesInTheNewsAreInTheirStates() {
    Map<String, String> expected = Map.ofEntries(
        Map.entry("Gaza", "PSE"), Map.entry("Gaza Strip", "PSE"), Map.entry("West Bank", "PSE"),
        Map.entry("Khan Younis", "PSE"), Map.entry("Jenin", "PSE"), Map.entry("Kharkiv", "UKR"),
        Map.entry("Crimea", "UKR"), Map.entry("Donetsk", "UKR"), Map.entry("Bakhmut", "UKR"),
        Map.entry("El Fasher", "SDN"), Map.entry("Omdurman", "SDN"), Map.entry("Darfur", "SDN"),
        Map.entry("Goma", "COD"), Map.entry("North Kivu", "COD"), Map.entry("Idlib", "SYR"),
        Map.entry("Golan Heights", "SYR"), Map.entry("Mosul", "IRQ"), Map.entry("Hodeidah", "YEM"),
        Map.entry("Tigray", "ETH"), Map.entry("Jammu and Kashmir", "IND"), Map.entry("Kashmir", "IND"),
        Map.entry("Azad Kashmir", "PAK"), Map.entry("Pakistan-administered Kashmir", "PAK"),
        Map.entry("Rakhine", "MMR"), Map.entry("Benue", "NGA"), Map.entry("Borno", "NGA"),
        Map.entry("Sinaloa", "MEX"), Map.entry("Balochistan", "PAK"), Map.entry("Xinjiang", "CHN"),
        Map.entry("Tibet", "CHN"), Map.entry("Nagorno-Karabakh", "AZE"), Map.entry("Kraków", "POL"),
        Map.entry("Krakow", "POL"));
    Map<String, String> actual = new HashMap<>();
    for (Place p : dictionary.places()) {
      p.names().forEach(n -> actual.put(Names.key(n), p.iso3()));
    }
    expected.forEach((name, iso3) -> assertThat(actual.get(Names.key(name))).as(name).isEqualTo(iso3));
  }

  @Test
  void seasThatHoldStateNamesLieInNoState() {
    for (String name : List.of("South China Sea", "Taiwan Strait", "Lake Chad", "Gulf of Mexico", "Latin America")) {
      assertThat(dictionary.places()).filteredOn(p -> p.names().contains(name)).as(name)
          .singleElement().satisfies(p -> assertThat(p.iso3()).isNull());
    }
  }

  // ---- the parser's contract ----

  @Test
  void placeRowsReadDashAsNoneAndListAliases() {
    String tsv = "# c\n" + ActorDictionary.PLACE_HEADER + "\nGaza Strip\tPSE\tterritory\tGaza| the Strip \n"
        + "Lake Chad\t-\twater\t-\n";
    assertThat(ActorDictionary.parsePlaces(new StringReader(tsv), "p.tsv")).containsExactly(
        new Place("Gaza Strip", "PSE", "territory", List.of("Gaza", "the Strip")),
        new Place("Lake Chad", null, "water", List.of()));
  }

  @Test
  void unknownKindIsReportedWithFileLineAndTheKindsExpected() {
    String tsv = ActorDictionary.PLACE_HEADER + "\nKharkiv\tUKR\tmetropolis\t-\n";
    assertThatThrownBy(() -> ActorDictionary.parsePlaces(new StringReader(tsv), "p.tsv"))
        .isInstanceOf(DyadException.class)
        .hasMessageContaining("p.tsv:2").hasMessageContaining("'metropolis'").hasMessageContaining("city");
  }

  @Test
  void badCountryCodeIsReportedWithFileAndLine() {
    String tsv = ActorDictionary.PLACE_HEADER + "\nKharkiv\tUA\tcity\t-\n";
    assertThatThrownBy(() -> ActorDictionary.parsePlaces(new StringReader(tsv), "p.tsv"))
        .isInstanceOf(DyadException.class).hasMessageContaining("p.tsv:2").hasMessageContaining("UA");
  }

  // ---- helpers ----

  private static List<String> sovereignStates() {
    return lines("/org/dyad/actors/sovereign-states.txt").stream().map(l -> l.split(" ", 2)[0]).toList();
  }

  private static java.io.Reader resource(String name) {
    InputStream in = PlacesDataTest.class.getResourceAsStream("/org/dyad/actors/" + name);
    assertThat(in).as("resource " + name).isNotNull();
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  private static List<String> lines(String path) {
    InputStream in = PlacesDataTest.class.getResourceAsStream(path);
    assertThat(in).as("resource " + path).isNotNull();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
