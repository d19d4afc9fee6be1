package org.dyad.events.discourse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnsweredNounsTest {
  @Test
  void everyAnsweredNounNamesCameoRootsOnly() {
    assertThat(AnsweredClaims.ROOTS_ANSWERED).containsKeys("accusation", "demand", "proposal");
    assertThat(AnsweredClaims.ROOTS_ANSWERED.values()).allSatisfy(roots -> assertThat(roots).isNotEmpty()
        .allMatch(r -> Integer.parseInt(r) >= 1 && Integer.parseInt(r) <= 20));
    assertThat(AnsweredClaims.ROOTS_ANSWERED.get("demand")).containsExactlyInAnyOrder("10", "02");
  }
}
