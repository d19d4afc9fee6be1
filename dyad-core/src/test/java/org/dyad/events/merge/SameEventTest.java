package org.dyad.events.merge;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.model.Event.Certainty;
import org.junit.jupiter.api.Test;

class SameEventTest {
  private static SameEvent.Telling t(String source, String date, boolean explicit, Integer quantity) {
    return new SameEvent.Telling("17", false, source, "hamas", date, explicit, quantity);
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
        new SameEvent.Telling("18", false, "syrgov", "hamas", null, false, null))).isFalse();
    assertThat(SameEvent.matches(t("syrgov", null, false, null),
        new SameEvent.Telling("17", true, "syrgov", "hamas", null, false, null))).isFalse();
  }

  @Test
  void anEventToldAsDoneByAnyTellingIsNotHypothetical() {
    assertThat(SameEvent.certainty(java.util.Map.of(Certainty.ASSERTED, 1, Certainty.HYPOTHETICAL, 3))).isEqualTo(Certainty.ASSERTED);
    assertThat(SameEvent.certainty(java.util.Map.of(Certainty.ASSERTED, 2, Certainty.ALLEGED, 2))).isEqualTo(Certainty.ALLEGED);
    assertThat(SameEvent.certainty(java.util.Map.of(Certainty.ASSERTED, 3, Certainty.ALLEGED, 1))).isEqualTo(Certainty.ASSERTED);
    assertThat(SameEvent.certainty(java.util.Map.of(Certainty.HYPOTHETICAL, 2))).isEqualTo(Certainty.HYPOTHETICAL);
    assertThat(SameEvent.certaintyName(java.util.Map.of("hypothetical", 1, "alleged", 1))).isEqualTo("alleged");
  }
}
