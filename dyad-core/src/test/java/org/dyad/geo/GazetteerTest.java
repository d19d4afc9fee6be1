package org.dyad.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {
  private static List<GeoEntry> named(Gazetteer g, String name) {
    return Arrays.stream(g.lookup(name)).mapToObj(g::entry).toList();
  }

  @Test
  void holdsGeonamesTownsWithCoordinatesFromTheInstalledPackage() {
    Gazetteer g = InstalledGazetteer.get();
    assertThat(g.full()).isTrue();
    assertThat(g.size()).isGreaterThan(138_000);
    GeoEntry paris = named(g, "Paris").stream().filter(e -> e.country().equals("FRA") && e.featureClass().equals("P"))
        .findFirst().orElseThrow();
    assertThat(paris.geonamesId()).isEqualTo(2988507L);
    assertThat(paris.featureCode()).isEqualTo("PPLC");
    assertThat(paris.lat()).isCloseTo(48.853, within(0.01));
    assertThat(paris.lon()).isCloseTo(2.349, within(0.01));
    assertThat(paris.admin1Name()).isEqualTo("Île-de-France");
  }

  @Test
  void findsRegionsByTheirNameWithAndWithoutTheRegionWord() {
    Gazetteer g = InstalledGazetteer.get();
    GeoEntry state = named(g, "Kaduna State").stream().filter(GeoEntry::isRegion).findFirst().orElseThrow();
    assertThat(state.country()).isEqualTo("NGA");
    assertThat(state.geonamesId()).isEqualTo(2335722L);
    assertThat(named(g, "Kaduna")).extracting(GeoEntry::featureCode).contains("ADM1", "PPLA");
    assertThat(state.lat()).isBetween(9.0, 12.0);
  }

  @Test
  void countriesAreEntriesWithAPointInsideThemAndAFipsCode() {
    Gazetteer g = InstalledGazetteer.get();
    GeoEntry nigeria = g.entry(g.country("NGA").orElseThrow());
    assertThat(nigeria.isCountry()).isTrue();
    assertThat(nigeria.geonamesId()).isEqualTo(2328926L);
    assertThat(nigeria.lat()).isBetween(4.0, 14.0);
    assertThat(nigeria.lon()).isBetween(3.0, 15.0);
    assertThat(g.countries().fips("NGA")).isEqualTo("NI");
    assertThat(g.countries().iso3ByNumeric()).containsEntry("566", "NGA");
  }

  @Test
  void namesMeetAcrossAccentsCaseAndHyphens() {
    Gazetteer g = InstalledGazetteer.get();
    assertThat(named(g, "port au prince")).extracting(GeoEntry::country).contains("HTI");
    assertThat(named(g, "SÃO PAULO".replace("Ã", "A"))).extracting(GeoEntry::country).contains("BRA");
  }

  @Test
  void withoutTheDataOnlyCountriesRemainWithoutCoordinates() {
    Gazetteer g = Gazetteer.countriesOnly();
    assertThat(g.full()).isFalse();
    GeoEntry france = named(g, "France").get(0);
    assertThat(france.country()).isEqualTo("FRA");
    assertThat(france.lat()).isNull();
    assertThat(g.lookup("Kaduna")).isEmpty();
  }

  @Test
  void aMissingInstallFallsBackToCountries() {
    Gazetteer g = Gazetteer.load(new GazetteerHome(java.nio.file.Path.of("target/no-such-gazetteer")));
    assertThat(g.full()).isFalse();
    assertThat(g.country("KEN")).isPresent();
  }

  @Test
  void townsAreFoundByTheirOtherNamesButNotByAirportCodesOrCountryNames() {
    Gazetteer g = InstalledGazetteer.get();
    assertThat(named(g, "Odesa")).extracting(GeoEntry::geonamesId).contains(698740L);
    assertThat(named(g, "Hodeidah")).extracting(GeoEntry::geonamesId).contains(79415L);
    assertThat(named(g, "ODS")).extracting(GeoEntry::geonamesId).doesNotContain(698740L);
    assertThat(named(g, "Palestine")).allMatch(e -> e.isCountry() || e.name().equals("Palestine")); // Texas has one too
  }
}
