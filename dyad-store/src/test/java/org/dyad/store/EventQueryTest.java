package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.dyad.model.Event.Certainty;
import org.junit.jupiter.api.Test;

class EventQueryTest {
  @Test
  void anOpenQueryCountsAssertedAndAllegedAffirmedEvents() {
    EventQuery q = EventQuery.all().countingActsByDefault();
    assertThat(q.certainties()).containsExactlyInAnyOrder(Certainty.ASSERTED, Certainty.ALLEGED);
    assertThat(q.negated()).isFalse();
  }

  @Test
  void aPickedCertaintyKeepsNegatedEventsOutAndAPickedNegationKeepsHypotheticalOnesOut() {
    EventQuery hypothetical = EventQuery.all().withCertainty(Certainty.HYPOTHETICAL).countingActsByDefault();
    assertThat(hypothetical.certainties()).containsExactly(Certainty.HYPOTHETICAL);
    assertThat(hypothetical.negated()).isFalse();
    EventQuery negated = EventQuery.all().withNegated(true).countingActsByDefault();
    assertThat(negated.certainties()).containsExactlyInAnyOrder(Certainty.ASSERTED, Certainty.ALLEGED);
    assertThat(negated.negated()).isTrue();
  }

  @Test
  void whatTheQueryPicksIsKeptAndTheStoreLevelQueryStaysOpen() {
    EventQuery picked = EventQuery.all().withCertainties(Set.of(Certainty.ALLEGED)).withNegated(false).withActor("SYR");
    assertThat(picked.countingActsByDefault()).isEqualTo(picked);
    assertThat(EventQuery.all().negated()).isNull();
    assertThat(EventQuery.all().certainties()).isEmpty();
  }
}
