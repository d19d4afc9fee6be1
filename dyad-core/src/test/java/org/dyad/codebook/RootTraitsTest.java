package org.dyad.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RootTraitsTest {
  @Test
  void everyRootOfTheCodebookIsListedAndNothingElse() {
    assertThat(RootTraits.BY_ROOT.keySet())
        .containsExactlyInAnyOrderElementsOf(Codebook.load().all().stream().filter(CameoCode::isRoot).map(CameoCode::code).toList());
  }

  @Test
  void traitsFollowTheCodebooksDivisions() {
    // hostility is the conflict half of CAMEO (quad classes 3 and 4), read from the codebook itself
    for (CameoCode root : Codebook.load().all().stream().filter(CameoCode::isRoot).toList()) {
      assertThat(Codebook.rootsWith(RootTrait.HOSTILE).contains(root.code())).as(root.code())
          .isEqualTo(root.quadClass() >= 3 && !root.code().equals("09"));
    }
    assertThat(Codebook.rootsWith(RootTrait.FORCE)).containsExactlyInAnyOrder("18", "19", "20");
    assertThat(Codebook.rootsWith(RootTrait.PLACE)).containsAll(Codebook.rootsWith(RootTrait.FORCE));
    assertThat(Codebook.rootsWith(RootTrait.GOVERNS)).isSubsetOf(Codebook.rootsWith(RootTrait.UNREALISED));
  }

  @Test
  void anUnknownTraitNameIsAnError() {
    assertThatThrownBy(() -> RootTrait.named("friendly")).hasMessageContaining("friendly");
  }
}
