package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.actors.DictionaryIndex.Kind;
import org.dyad.actors.DictionaryIndex.Name;
import org.junit.jupiter.api.Test;

/** How the index holds places: under every wording, with the country they lie in, and as names for case restoration. */
class DictionaryIndexPlacesTest {
  private static final DictionaryIndex INDEX = new DictionaryIndex(ActorDictionary.loadDefault());

  @Test
  void aPlaceLookupGivesItsCountry() {
    assertThat(INDEX.lookup(Names.key("Gaza Strip"))).singleElement().satisfies(n -> {
      assertThat(n.kind()).isEqualTo(Kind.PLACE);
      assertThat(n.entry()).isNull();
      assertThat(n.country().iso3()).isEqualTo("PSE");
    });
    assertThat(INDEX.lookup("kharkov")).extracting(n -> n.country().iso3()).containsExactly("UKR");
    assertThat(INDEX.lookup(Names.key("Pakistan-administered Kashmir"))).extracting(n -> n.country().iso3())
        .containsExactly("PAK");
  }

  @Test
  void accentsAndHyphensDoNotMatter() {
    assertThat(INDEX.lookup(Names.key("Kraków"))).isEqualTo(INDEX.lookup(Names.key("Krakow")));
    assertThat(INDEX.lookup(Names.key("Nagorno Karabakh"))).extracting(n -> n.country().iso3()).containsExactly("AZE");
  }

  @Test
  void aSeaInNoStateIsAPlaceWithoutACountry() {
    assertThat(INDEX.lookup(Names.key("South China Sea"))).singleElement().satisfies(n -> {
      assertThat(n.kind()).isEqualTo(Kind.PLACE);
      assertThat(n.country()).isNull();
    });
    assertThat(INDEX.isPlace(Names.key("South China Sea"))).isTrue();
  }

  @Test
  void statesAndCapitalsAreNoPlaces() {
    assertThat(INDEX.isPlace("ukraine")).isFalse();
    assertThat(INDEX.isPlace("kyiv")).isFalse();
    assertThat(INDEX.isPlace("hamas")).isFalse();
    assertThat(INDEX.lookup("kyiv")).extracting(Name::kind).containsOnly(Kind.CAPITAL);
  }

  @Test
  void placeNamesAreKnownNamesForCaseRestorationUnlessOrdinaryWords() {
    assertThat(INDEX.canonical("kharkiv")).hasValue("Kharkiv");
    assertThat(INDEX.canonical("idlib")).hasValue("Idlib");
    assertThat(INDEX.canonical("nice")).as("an ordinary word first").isEmpty();
    assertThat(INDEX.canonical("cork")).isEmpty();
  }

  @Test
  void ambiguousPlaceNamesMatchOnlyCapitalised() {
    assertThat(INDEX.lookup("nice")).singleElement().satisfies(n -> assertThat(n.capitalised()).isTrue());
    assertThat(INDEX.lookup("kharkiv")).singleElement().satisfies(n -> assertThat(n.capitalised()).isFalse());
  }
}
