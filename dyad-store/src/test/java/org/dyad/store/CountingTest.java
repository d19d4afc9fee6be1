package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dyad.model.Event.Certainty;
import org.junit.jupiter.api.Test;

class CountingTest {
  @Test
  void byDefaultAssertedAndAllegedEventsCountAndNegatedOnesDoNot() {
    assertThat(Counting.parse(null, false)).isEqualTo(Counting.ACTS);
    assertThat(Counting.ACTS.certainties()).containsExactlyInAnyOrder(Certainty.ASSERTED, Certainty.ALLEGED);
    assertThat(Counting.ACTS.withNegated()).isFalse();
    assertThat(Counting.ACTS.describe()).isEqualTo("asserted and alleged events; negated and hypothetical ones left out");
    assertThat(Counting.ACTS.condition("e")).isEqualTo("(e.negated = FALSE AND e.certainty IN ('asserted', 'alleged'))");
  }

  @Test
  void aListOfCertaintiesOrAllChoosesWhatCounts() {
    assertThat(Counting.parse("asserted", false).describe()).isEqualTo("asserted events; negated, alleged and hypothetical ones left out");
    assertThat(Counting.parse(" Alleged , hypothetical", true).certainties()).containsExactlyInAnyOrder(Certainty.ALLEGED, Certainty.HYPOTHETICAL);
    assertThat(Counting.parse("all", false).describe()).isEqualTo("all events; negated ones left out");
    assertThat(Counting.ALL.describe()).isEqualTo("all events, negated ones too");
    assertThat(Counting.ALL.condition("e")).isEqualTo("TRUE");
  }

  @Test
  void anUnknownCertaintyIsRefusedWithTheChoices() {
    assertThatThrownBy(() -> Counting.parse("asserted,maybe", false)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("asserted, alleged, hypothetical or all");
  }
}
