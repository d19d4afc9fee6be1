package org.dyad.actors;

import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dyad.model.ActorType;
import org.junit.jupiter.api.Test;

/** The bundled dictionary data: every file parses, every reference resolves, no word names two actors. */
class ActorDictionaryDataTest {
  private static final String RESOURCES = "/org/dyad/actors/";
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{2,}");
  private static final Pattern ROLE = Pattern.compile("[A-Z]{3}");

  /** Words that may name two different actors on purpose; a new one needs a reason here. */
  private static final Set<String> SHARED_ACTOR_NAMES = Set.of();
  /** Words that may belong to two countries (demonyms, capitals, names); none so far. */
  private static final Set<String> SHARED_COUNTRY_WORDS = Set.of();
  /** States whose people have no demonym of their own here: shared ones are given to one state only. */
  private static final Set<String> WITHOUT_DEMONYM = Set.of("COG", "DMA", "VAT");
  /** States whose capital has the state's name (Singapore), or no capital to speak of. */
  private static final Set<String> WITHOUT_CAPITAL = Set.of("DJI", "LUX", "MCO", "SGP", "SMR", "VAT");

  private final ActorDictionary dictionary = ActorDictionary.loadDefault();

  // ---- files parse ----

  @Test
  void everyRowOfEveryFileParses() {
    assertThat(ActorDictionary.parseCountries(resource("countries.tsv"), "countries.tsv")).hasSizeGreaterThan(196);
    assertThat(ActorDictionary.parseRoles(resource("roles.tsv"), "roles.tsv")).hasSizeGreaterThan(200);
    assertThat(organisations()).hasSizeBetween(200, 400);
    assertThat(people()).hasSizeBetween(120, 300);
    assertThat(ambiguousWords()).isNotEmpty();
    assertThat(dictionary.entries()).hasSize(organisations().size() + people().size());
  }

  // ---- countries ----

  @Test
  void everyJdkCountryHasACountryWithAName() {
    for (String iso2 : Locale.getISOCountries()) {
      String iso3 = new Locale("", iso2).getISO3Country();
      assertThat(dictionary.country(iso3)).as(iso3).hasValueSatisfying(c -> assertThat(c.name()).isNotBlank());
    }
  }

  @Test
  void everySovereignStateHasARowWithDemonymsAndCapitals() {
    Map<String, Country> rows = new HashMap<>();
    ActorDictionary.parseCountries(resource("countries.tsv"), "countries.tsv").forEach(c -> rows.put(c.iso3(), c));
    List<String> states = sovereignStates();
    assertThat(states).hasSize(197);
    for (String iso3 : states) {
      assertThat(rows).as("countries.tsv row for " + iso3).containsKey(iso3);
      Country c = dictionary.country(iso3).orElseThrow();
      if (!WITHOUT_DEMONYM.contains(iso3)) {
        assertThat(c.demonyms()).as("demonyms of " + iso3).isNotEmpty();
      }
      if (!WITHOUT_CAPITAL.contains(iso3)) {
        assertThat(c.capitals()).as("capitals of " + iso3).isNotEmpty();
      }
    }
  }

  @Test
  void countryRowsAreUnique() {
    List<String> codes = ActorDictionary.parseCountries(resource("countries.tsv"), "countries.tsv").stream()
        .map(Country::iso3).toList();
    assertThat(codes).doesNotHaveDuplicates();
  }

  @Test
  void palestineKosovoAndTaiwanExistUnderTheirCommonNames() {
    assertThat(dictionary.country("PSE")).hasValueSatisfying(c -> {
      assertThat(c.name()).isEqualTo("Palestine");
      assertThat(c.demonyms()).contains("Palestinian", "Palestinians");
    });
    assertThat(dictionary.country("XKX")).hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("Kosovo"));
    assertThat(dictionary.country("TWN")).hasValueSatisfying(c -> {
      assertThat(c.name()).isEqualTo("Taiwan");
      assertThat(c.capitals()).contains("Taipei");
    });
  }

  @Test
  void commonEnglishNamesReplaceTheJdkNames() {
    assertThat(dictionary.country("COD").orElseThrow().name()).isEqualTo("Democratic Republic of the Congo");
    assertThat(dictionary.country("CIV").orElseThrow().name()).isEqualTo("Ivory Coast");
    assertThat(dictionary.country("TUR").orElseThrow().name()).isEqualTo("Turkey");
    assertThat(dictionary.country("USA").orElseThrow().aliases()).contains("US", "U.S.", "America");
    assertThat(dictionary.country("GBR").orElseThrow().aliases()).contains("UK", "Britain");
  }

  @Test
  void syriaHasItsDemonymAndCapital() {
    Country syria = dictionary.country("SYR").orElseThrow();
    assertThat(syria.demonyms()).contains("Syrian", "Syrians");
    assertThat(syria.capitals()).contains("Damascus");
  }

  @Test
  void noCountryWordBelongsToTwoCountries() {
    Map<String, Set<String>> owners = new TreeMap<>();
    for (Country c : dictionary.countries()) {
      Stream.of(List.of(c.name()), c.demonyms(), c.capitals(), c.aliases()).flatMap(List::stream)
          .forEach(w -> owners.computeIfAbsent(key(w), k -> new TreeSet<>()).add(c.iso3()));
    }
    owners.values().removeIf(s -> s.size() < 2);
    owners.keySet().removeAll(SHARED_COUNTRY_WORDS);
    assertThat(owners).as("words of two countries").isEmpty();
  }

  // ---- roles ----

  @Test
  void roleWordsAreLowercaseAndEachNamesOneRole() {
    List<RoleWord> words = dictionary.roleWords();
    Map<String, String> labels = new HashMap<>();
    for (RoleWord w : words) {
      assertThat(w.phrase()).isEqualTo(w.phrase().toLowerCase(Locale.ROOT));
      assertThat(w.role()).matches(ROLE);
      assertThat(labels.merge(w.role(), w.label(), (a, b) -> a.equals(b) ? a : a + "/" + b))
          .as("one label for " + w.role()).isEqualTo(w.label());
    }
    assertThat(words.stream().map(RoleWord::phrase).toList()).doesNotHaveDuplicates();
  }

  @Test
  void roleWordsMapTheUsualPartsOfAState() {
    assertThat(role("regime")).isEqualTo("GOV");
    assertThat(role("government")).isEqualTo("GOV");
    assertThat(role("intelligence")).isEqualTo("SPY");
    assertThat(role("army")).isEqualTo("MIL");
    assertThat(role("troops")).isEqualTo("MIL");
    assertThat(role("military intelligence")).isEqualTo("SPY");
    assertThat(role("police")).isEqualTo("COP");
    assertThat(role("rebels")).isEqualTo("REB");
    assertThat(role("opposition")).isEqualTo("OPP");
    assertThat(role("civilians")).isEqualTo("CVL");
    assertThat(role("parliament")).isEqualTo("LEG");
    assertThat(role("courts")).isEqualTo("JUD");
    assertThat(role("state media")).isEqualTo("MED");
    assertThat(role("refugees")).isEqualTo("REF");
  }

  // ---- organisations and people ----

  @Test
  void idsAreLowercaseSlugs() {
    assertThat(dictionary.entries()).allSatisfy(e -> assertThat(e.id()).matches(ID));
  }

  @Test
  void codesAreUppercaseAndStateCodesAreCountryPlusRole() {
    for (DictionaryEntry e : dictionary.entries()) {
      assertThat(e.code()).as(e.id()).matches(CODE);
      if (e.type() == ActorType.STATE) {
        assertThat(e.country()).as(e.id()).isNotNull();
        assertThat(e.role()).as(e.id()).isNotNull();
        assertThat(e.code()).as(e.id()).startsWith(e.country() + e.role());
      }
    }
  }

  @Test
  void nonStateOrganisationsHaveCodesOfTheirOwn() {
    List<String> codes = organisations().stream().filter(e -> e.type() != ActorType.STATE)
        .map(DictionaryEntry::code).toList();
    assertThat(codes).doesNotHaveDuplicates();
    Set<String> countries = dictionary.countries().stream().map(Country::iso3).collect(toSet());
    Set<String> roles = roleCodes();
    assertThat(codes).as("looks like a state code").noneMatch(c -> c.length() == 6
        && countries.contains(c.substring(0, 3)) && roles.contains(c.substring(3)));
  }

  @Test
  void everyPersonActsForAStatePartOrAnOrganisation() {
    Set<String> organisationCodes = organisations().stream().map(DictionaryEntry::code).collect(toSet());
    Set<String> roles = roleCodes();
    for (DictionaryEntry p : people()) {
      assertThat(p.type()).as(p.id()).isEqualTo(ActorType.PERSON);
      String code = p.code();
      boolean statePart = code.length() == 6 && dictionary.country(code.substring(0, 3)).isPresent()
          && roles.contains(code.substring(3));
      assertThat(statePart || organisationCodes.contains(code)).as(p.id() + " acts for " + code).isTrue();
      if (statePart) {
        assertThat(p.country() + p.role()).as(p.id()).isEqualTo(code);
      }
      assertThat(p.title()).as("title of " + p.id()).isNotNull();
    }
    assertThat(organisations()).noneMatch(e -> e.type() == ActorType.PERSON);
  }

  @Test
  void everyCountryOfAnEntryIsAKnownState() {
    for (DictionaryEntry e : dictionary.entries()) {
      if (e.country() != null) {
        assertThat(dictionary.country(e.country())).as(e.id() + " country " + e.country()).isPresent();
      }
    }
  }

  @Test
  void everyRoleOfAnEntryIsDefinedInRoles() {
    Set<String> roles = roleCodes();
    for (DictionaryEntry e : dictionary.entries()) {
      if (e.role() != null) {
        assertThat(roles).as(e.id() + " role").contains(e.role());
      }
    }
  }

  @Test
  void everyAffiliationPointsToAnotherExistingEntryWithoutCycles() {
    for (DictionaryEntry e : dictionary.entries()) {
      Set<String> seen = new HashSet<>();
      String next = e.affiliation();
      while (next != null) {
        assertThat(seen.add(next)).as("affiliation cycle from " + e.id()).isTrue();
        assertThat(next).as(e.id()).isNotEqualTo(e.id());
        DictionaryEntry parent = dictionary.entry(next).orElse(null);
        assertThat(parent).as(e.id() + " affiliation " + next).isNotNull();
        next = parent.affiliation();
      }
    }
  }

  @Test
  void noNameOrAliasIsClaimedByTwoEntries() {
    Map<String, Set<String>> owners = new TreeMap<>();
    for (DictionaryEntry e : dictionary.entries()) {
      e.names().forEach(n -> owners.computeIfAbsent(key(n), k -> new TreeSet<>()).add(e.id()));
    }
    owners.values().removeIf(s -> s.size() < 2);
    owners.keySet().removeAll(SHARED_ACTOR_NAMES);
    assertThat(owners).as("names of two entries").isEmpty();
  }

  @Test
  void noEntryNameIsAlsoACountryWord() {
    Map<String, String> countryWords = new HashMap<>();
    for (Country c : dictionary.countries()) {
      Stream.of(List.of(c.name()), c.demonyms(), c.capitals(), c.aliases()).flatMap(List::stream)
          .forEach(w -> countryWords.put(key(w), c.iso3()));
    }
    List<String> clashes = new ArrayList<>();
    for (DictionaryEntry e : dictionary.entries()) {
      for (String n : e.names()) {
        if (countryWords.containsKey(key(n))) {
          clashes.add(e.id() + ": " + n + " (" + countryWords.get(key(n)) + ")");
        }
      }
    }
    assertThat(clashes).isEmpty();
  }

  @Test
  void noEntryRepeatsAName() {
    for (DictionaryEntry e : dictionary.entries()) {
      assertThat(e.names().stream().map(ActorDictionaryDataTest::key).toList()).as(e.id()).doesNotHaveDuplicates();
    }
  }

  @Test
  void wellKnownGroupsAndMediaExist() {
    assertThat(entry("hamas").names()).contains("Hamas", "Islamic Resistance Movement");
    assertThat(entry("hamas").code()).isEqualTo("HAMAS");
    assertThat(entry("hezbollah").names()).contains("Hezbollah", "Hizbollah", "Hizballah", "Hizbullah");
    DictionaryEntry qassam = entry("qassam-brigades");
    assertThat(qassam.affiliation()).isEqualTo("hamas");
    assertThat(qassam.names()).contains("Al-Qassam Brigades", "Qassam Brigades", "Ezzedine al-Qassam Brigades");
    assertThat(entry("pij").names()).contains("Palestinian Islamic Jihad", "Islamic Jihad");
    assertThat(entry("al-quds-brigades").affiliation()).isEqualTo("pij");
    assertThat(entry("al-quds-al-arabi").type()).isEqualTo(ActorType.MEDIA);
    assertThat(entry("palestinian-authority").code()).isEqualTo("PSEGOV");
    assertThat(entry("irgc").code()).isEqualTo("IRNMIL");
    assertThat(entry("un").code()).isEqualTo("UNO");
    assertThat(entry("eu").code()).isEqualTo("EUR");
  }

  @Test
  void wellKnownPeopleExist() {
    DictionaryEntry assad = entry("bashar-al-assad");
    assertThat(assad.code()).isEqualTo("SYRGOV");
    assertThat(assad.title()).isEqualTo("President");
    assertThat(assad.aliases()).contains("Assad", "Bashar Assad");
    assertThat(entry("hassan-nasrallah").code()).isEqualTo("HEZBOLLAH");
    assertThat(entry("hassan-nasrallah").aliases()).contains("Nasrallah");
    assertThat(entry("ismail-haniyeh").affiliation()).isEqualTo("hamas");
    assertThat(entry("yahya-sinwar").code()).isEqualTo("HAMAS");
    assertThat(entry("saleh-al-arouri").aliases()).contains("Saleh al-Aruri");
    assertThat(entry("ahmed-al-sharaa").aliases()).contains("Abu Mohammad al-Jolani");
    assertThat(entry("ahmed-al-sharaa").code()).isEqualTo("SYRGOV");
  }

  // ---- ambiguous words ----

  @Test
  void countryNamesThatAreEnglishWordsAreAmbiguous() {
    assertThat(dictionary.ambiguous("turkey")).isTrue();
    assertThat(dictionary.ambiguous("chad")).isTrue();
    assertThat(dictionary.ambiguous("jordan")).isTrue();
    assertThat(dictionary.ambiguous("guinea")).isTrue();
  }

  @Test
  void everySingleWordNameThatIsACommonWordIsAmbiguous() {
    Set<String> common = new HashSet<>(lines("/org/dyad/actors/common-words.txt"));
    Set<String> missing = new TreeSet<>(singleWordNames());
    missing.retainAll(common);
    missing.removeIf(dictionary::ambiguous);
    assertThat(missing).as("common words to add to ambiguous.txt").isEmpty();
  }

  @Test
  void everyAmbiguousWordIsALowercaseSingleWordName() {
    Set<String> names = singleWordNames();
    for (String w : ambiguousWords()) {
      assertThat(w).isEqualTo(w.toLowerCase(Locale.ROOT)).doesNotContainAnyWhitespaces();
      assertThat(names).as("'" + w + "' names nothing in the dictionary").contains(w);
    }
    assertThat(ambiguousWords()).doesNotHaveDuplicates();
  }

  // ---- helpers ----

  private Set<String> singleWordNames() {
    Set<String> out = new HashSet<>();
    for (Country c : dictionary.countries()) {
      Stream.of(List.of(c.name()), c.demonyms(), c.capitals(), c.aliases()).flatMap(List::stream)
          .forEach(out::add);
    }
    dictionary.entries().forEach(e -> out.addAll(e.names()));
    dictionary.places().forEach(p -> out.addAll(p.names()));
    return out.stream().map(ActorDictionaryDataTest::key).filter(w -> !w.contains(" ")).collect(toSet());
  }

  private DictionaryEntry entry(String id) {
    return dictionary.entry(id).orElseThrow(() -> new AssertionError("no entry " + id));
  }

  private String role(String phrase) {
    return dictionary.roleWords().stream().filter(w -> w.phrase().equals(phrase)).map(RoleWord::role)
        .findFirst().orElse(null);
  }

  private Set<String> roleCodes() {
    return dictionary.roleWords().stream().map(RoleWord::role).collect(toSet());
  }

  private static List<DictionaryEntry> organisations() {
    return ActorDictionary.parseActors(resource("organisations.tsv"), "organisations.tsv");
  }

  private static List<DictionaryEntry> people() {
    return ActorDictionary.parseActors(resource("people.tsv"), "people.tsv");
  }

  private static List<String> ambiguousWords() {
    return lines(RESOURCES + "ambiguous.txt");
  }

  private static List<String> sovereignStates() {
    return lines("/org/dyad/actors/sovereign-states.txt").stream().map(l -> l.split(" ", 2)[0]).toList();
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  private static Reader resource(String name) {
    InputStream in = ActorDictionaryDataTest.class.getResourceAsStream(RESOURCES + name);
    assertThat(in).as("resource " + name).isNotNull();
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  /** The non-blank, non-comment lines of a classpath text file, stripped. */
  private static List<String> lines(String path) {
    InputStream in = ActorDictionaryDataTest.class.getResourceAsStream(path);
    assertThat(in).as("resource " + path).isNotNull();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
