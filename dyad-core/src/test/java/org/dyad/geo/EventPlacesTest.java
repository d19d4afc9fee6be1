package org.dyad.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.dyad.model.Location;
import org.junit.jupiter.api.Test;

class EventPlacesTest {
  private static Optional<Location> dateline(String text) {
    Gazetteer g = InstalledGazetteer.get();
    return new EventPlaces(new Toponyms(g, n -> Optional.empty())).dateline(text, PlaceContext.of(text, g, List.of()));
  }

  @Test
  void aWireDatelineNamesThePlaceItsCountryQualifies() {
    Location l = dateline("KADUNA, Nigeria (Reuters)\n\nGunmen killed 12 people on Sunday.").orElseThrow();
    assertThat(l.text()).isEqualTo("KADUNA");
    assertThat(l.start()).isZero();
    assertThat(l.country()).isEqualTo("NGA");
    assertThat(l.featureClass()).isEqualTo("P");
    assertThat(l.how()).isEqualTo(Location.DATELINE);
  }

  @Test
  void aDatelineWithADateAndADashIsRead() {
    Location l = dateline("KYIV, May 14 - Russian drones struck the capital overnight.").orElseThrow();
    assertThat(l.country()).isEqualTo("UKR");
  }

  @Test
  void aDatelineAfterTheHeadlineIsRead() {
    Location l = dateline("Gunmen attack villages in the north\n\nSOKOTO, Nigeria, March 4 (Reuters)\n\nGunmen killed 12 people.")
        .orElseThrow();
    assertThat(l.text()).isEqualTo("SOKOTO");
    assertThat(l.country()).isEqualTo("NGA");
    assertThat(l.featureClass()).isEqualTo("P");
  }

  @Test
  void anOrdinaryFirstSentenceIsNoDateline() {
    assertThat(dateline("Gunmen killed 12 people in Kaduna on Sunday.")).isEmpty();
  }
}
