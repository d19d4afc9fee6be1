package org.dyad.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SameEventTest {
  private static SameEvent.Telling t(String source, String date, boolean explicit, Integer quantity) {
    return new SameEvent.Telling("17", false, false, source, "hamas", date, explicit, quantity);
  }

  @Test
  void tellingsWithAnUnknownSourceAndAStandInDateMatch() {
    assertThat(SameEvent.matches(t("syrgov", "2012", true, 94), t(null, "2024-12-08", false, null))).isTrue();
  }

  @Test
  void explicitDatesMustAgreeAsFarAsBothGo() {
    assertThat(SameEvent.matches(t("syrgov", "2012", true, null), t("syrgov", "2012-05-03", true, null))).isTrue();
    assertThat(SameEvent.matches(t("syrgov", "2012", true, null), t("syrgov", "2013", true, null))).isFalse();
  }

  @Test
  void otherSourcesRootsNegationsOrQuantitiesDoNotMatch() {
    assertThat(SameEvent.matches(t("syrgov", null, false, null), t("isrmil", null, false, null))).isFalse();
    assertThat(SameEvent.matches(t("syrgov", null, false, 3), t("syrgov", null, false, 4))).isFalse();
    assertThat(SameEvent.matches(t("syrgov", null, false, null),
        new SameEvent.Telling("18", false, false, "syrgov", "hamas", null, false, null))).isFalse();
    assertThat(SameEvent.matches(t("syrgov", null, false, null),
        new SameEvent.Telling("17", true, false, "syrgov", "hamas", null, false, null))).isFalse();
  }

  @Test
  void aHypotheticalTellingDoesNotJoinTheAct() {
    assertThat(SameEvent.matches(t("syrgov", null, false, null),
        new SameEvent.Telling("17", false, true, "syrgov", "hamas", null, false, null))).isFalse();
    assertThat(SameEvent.matches(new SameEvent.Telling("17", false, true, "syrgov", "hamas", null, false, null),
        new SameEvent.Telling("17", false, true, null, "hamas", null, false, null))).isTrue();
  }
}
