package org.dyad.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An event built from scratch names the fields it sets; the others are empty. */
class EventBuilderTest {
  @Test
  void everyFieldSetLandsInItsComponent() {
    ActorRef syria = new ActorRef("syrgov", "SYRGOV", "Syrian government");
    ActorRef hamas = new ActorRef("hamas", "HAMAS", "Hamas");
    List<Event.EventMention> told = List.of(new Event.EventMention(0, 10, 20, "arrested"));
    Location gao = new Location("Gao", 0, 3, "Gao", 2457163L, "P", "PPLA", "MLI", "07", "Gao", 16.27, -0.04, Location.CLAUSE);
    Event built = Event.builder("e1").source(syria).target(hamas).cameo("173").root("17").label("Arrest").goldstein(-5.0)
        .quadClass(4).plover("ARREST").ploverMode("detain").negated(true).certainty(Event.Certainty.ALLEGED)
        .claimedBy("residents").date("2012-03-04").quantity(12).location("in Gao").place(gao).mentions(told).build();
    assertThat(built).isEqualTo(new Event("e1", syria, hamas, "173", "17", "Arrest", -5.0, 4, "ARREST", "detain", true,
        Event.Certainty.ALLEGED, "residents", "2012-03-04", 12, "in Gao", gao, told));
  }

  @Test
  void unsetFieldsAreEmptyAndTheEventAsserted() {
    Event bare = Event.builder("e2").cameo("042").build();
    assertThat(bare.id()).isEqualTo("e2");
    assertThat(bare.source()).isNull();
    assertThat(bare.negated()).isFalse();
    assertThat(bare.certainty()).isEqualTo(Event.Certainty.ASSERTED);
    assertThat(bare.quantity()).isNull();
    assertThat(bare.mentions()).isEmpty();
  }

  @Test
  void anEventWithoutCameoCodeIsRefusedAtBuild() {
    assertThatThrownBy(() -> Event.builder("e3").root("04").build()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("e3").hasMessageContaining("cameo");
  }
}
