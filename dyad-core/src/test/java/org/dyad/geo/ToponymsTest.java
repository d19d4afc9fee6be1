package org.dyad.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ToponymsTest {
  private static final Map<String, String> DICTIONARY = Map.of("donbas", "UKR");

  private static GeoEntry resolve(String text, String name) {
    Gazetteer g = InstalledGazetteer.get();
    Toponyms t = new Toponyms(g, n -> Optional.ofNullable(DICTIONARY.get(n.toLowerCase())));
    int at = text.indexOf(name);
    return t.resolve(text, at, at + name.length(), PlaceContext.of(text, g, List.of())).orElseThrow();
  }

  @Test
  void aBareNamePrefersTheLargerPlace() {
    GeoEntry paris = resolve("Thousands marched in Paris on Saturday.", "Paris");
    assertThat(paris.country()).isEqualTo("FRA");
    assertThat(paris.featureCode()).isEqualTo("PPLC");
  }

  @Test
  void aQualifierAfterACommaChoosesItsRegionsPlace() {
    GeoEntry paris = resolve("Police in Paris, Texas, arrested two men.", "Paris");
    assertThat(paris.country()).isEqualTo("USA");
    assertThat(paris.admin1()).isEqualTo("TX");
  }

  @Test
  void theArticlesCountryWinsOverALargerNamesake() {
    GeoEntry hyderabad = resolve("Pakistani police said the blast in Hyderabad killed four. Sindh officials and Pakistan's army"
        + " condemned it.", "Hyderabad");
    assertThat(hyderabad.country()).isEqualTo("PAK");
  }

  @Test
  void aRegionWordAfterTheNameMeansTheRegion() {
    GeoEntry state = resolve("Gunmen attacked a village in Kaduna state.", "Kaduna");
    assertThat(state.isRegion()).isTrue();
    assertThat(state.country()).isEqualTo("NGA");
    GeoEntry town = resolve("Gunmen attacked a market in Kaduna.", "Kaduna");
    assertThat(town.featureClass()).isEqualTo("P");
  }

  @Test
  void aRegionNamedNearbyChoosesItsTown() {
    GeoEntry springfield = resolve("Illinois lawmakers met in Springfield on Monday.", "Springfield");
    assertThat(springfield.admin1()).isEqualTo("IL");
  }

  @Test
  void countriesArePlacesToo() {
    GeoEntry georgia = resolve("Protesters filled the streets in Georgia after the vote.", "Georgia");
    assertThat(georgia.isCountry()).isTrue();
    assertThat(georgia.country()).isEqualTo("GEO");
  }

  @Test
  void aNameOnlyTheDictionaryKnowsResolvesToItsCountry() {
    GeoEntry donbas = resolve("Fighting raged across the Donbas overnight.", "Donbas");
    assertThat(donbas.country()).isEqualTo("UKR");
    assertThat(donbas.isCountry()).isTrue();
  }

  @Test
  void firstInFindsTheFirstPlaceOfAPhraseWithItsOffsets() {
    Gazetteer g = InstalledGazetteer.get();
    Toponyms t = new Toponyms(g, n -> Optional.empty());
    String text = "Fighters killed 30 civilians in a village near El Fasher in North Darfur on Friday.";
    int from = text.indexOf("a village");
    Toponyms.Match m = t.firstIn(text, from, text.indexOf(" on Friday"), PlaceContext.of(text, g, List.of())).orElseThrow();
    assertThat(m.text()).isEqualTo("El Fasher");
    assertThat(text.substring(m.start(), m.end())).isEqualTo("El Fasher");
    assertThat(m.entry().country()).isEqualTo("SDN");
    assertThat(m.entry().lat()).isBetween(13.0, 14.5);
  }

  @Test
  void theSpellingsNewsUsesFindTownsGeonamesSpellsOtherwise() {
    assertThat(resolve("Russian drones struck the port of Odesa overnight.", "Odesa").geonamesId()).isEqualTo(698740L);
    assertThat(resolve("Fighting resumed near Mekelle, the Tigrayan capital.", "Mekelle").country()).isEqualTo("ETH");
    assertThat(resolve("Kurdish forces patrolled Qamishli after the clashes.", "Qamishli").name()).isEqualTo("Al Qāmishlī");
  }

  @Test
  void aTownsOwnNameWinsOverALargerTownThatHasItAmongItsOtherNames() {
    assertThat(resolve("Farmers marched toward New Delhi to demand crop prices.", "New Delhi").geonamesId()).isEqualTo(1261481L);
  }

  @Test
  void aRegionNamedInTheTextCountsThoughATinyTownSharesItsName() {
    GeoEntry birmingham = resolve("Birmingham police in Alabama arrested a suspect in the bar shooting.", "Birmingham");
    assertThat(birmingham.country()).isEqualTo("USA");
    assertThat(birmingham.admin1()).isEqualTo("AL");
  }
}
