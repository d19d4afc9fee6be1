package org.dyad.store.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.data.BundledData;
import org.dyad.model.ActorRef;
import org.dyad.store.StoredEvent.ActorFacts;
import org.junit.jupiter.api.Test;

/** cameo-actors.tsv and cameo-types.tsv, and dyad actors written as GDELT writes CAMEO actors. */
class CameoActorsTest {
  private static final CameoActors CAMEO = CameoActors.BUNDLED;

  static CameoActor of(String code, String country, String role, String type) {
    return CAMEO.of(new ActorRef(code.toLowerCase(), code, code), new ActorFacts(country, role, type));
  }

  @Test
  void knownGroupsTakeGdeltsCodesAndParts() {
    CameoActor hamas = of("HAMAS", "PSE", "REB", "armed_group");
    assertThat(hamas.code()).isEqualTo("PSEREBHMS");
    assertThat(hamas.country()).isEqualTo("PSE");
    assertThat(hamas.knownGroup()).isEqualTo("HMS");
    assertThat(hamas.type(1)).isEqualTo("REB");
    assertThat(of("HEZBOLLAH", "LBN", "REB", "armed_group").knownGroup()).isEqualTo("HEZ");
    CameoActor eu = of("EUR", null, null, "igo");
    assertThat(eu.code()).isEqualTo("IGOEUREEC");
    assertThat(eu.country()).isEqualTo("EUR");
    assertThat(eu.knownGroup()).isEqualTo("EEC");
    assertThat(eu.type(1)).isEqualTo("IGO");
    assertThat(of("UNO", null, null, "igo").code()).isEqualTo("IGOUNO");
  }

  @Test
  void aStatePartsCodeIsAlreadyCameo() {
    CameoActor syria = of("SYRGOV", "SYR", "GOV", "state");
    assertThat(syria.code()).isEqualTo("SYRGOV");
    assertThat(syria.country()).isEqualTo("SYR");
    assertThat(syria.knownGroup()).isNull();
    assertThat(syria.types()).containsExactly("GOV");
    assertThat(of("SYREDU", "SYR", null, "education").types()).containsExactly("EDU");
    assertThat(of("IRQGOVKRG", "IRQ", "GOV", "state").code()).as("dyad's regional suffix is not CAMEO").isEqualTo("IRQGOV");
  }

  @Test
  void anOtherActorIsItsCountryAndRoleOrTheTypeOfItsKind() {
    assertThat(of("REUTERS", "GBR", null, "media").code()).isEqualTo("GBRMED");
    assertThat(of("HTS", "SYR", "REB", "armed_group").code()).isEqualTo("SYRREB");
    assertThat(of("RWB", null, "HRI", "ngo").code()).isEqualTo("NGOHRI");
    assertThat(of("ALHAQ", "PSE", "HRI", "ngo").code()).isEqualTo("PSEHRI");
    assertThat(of("GHF", null, null, "ngo").code()).isEqualTo("NGO");
    CameoActor nobody = of("XYZORG", null, null, "organization");
    assertThat(nobody.code()).isNull();
    assertThat(CAMEO.of(null, ActorFacts.NONE)).isEqualTo(CameoActor.NONE);
  }

  @Test
  void everyListedCodeIsMadeOfExactlyItsParts() {
    CAMEO.listed().forEach((dyad, c) -> {
      List<String> segments = new ArrayList<>();
      for (int i = 0; i < c.code().length(); i += 3) {
        segments.add(c.code().substring(i, Math.min(c.code().length(), i + 3)));
      }
      assertThat(segments).as(dyad + " " + c.code()).containsExactlyInAnyOrderElementsOf(c.parts());
      assertThat(c.types()).as(dyad).allMatch(CAMEO::isType);
    });
  }

  @Test
  void everyListedDyadCodeIsACodeOfTheActorDictionary() {
    Set<String> codes = BundledData.lines("/org/dyad/actors/organisations.tsv").stream()
        .map(l -> l.split("\t", -1)[1]).collect(Collectors.toSet());
    assertThat(codes).containsAll(CAMEO.listed().keySet());
  }
}
