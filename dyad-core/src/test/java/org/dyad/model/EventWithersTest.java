package org.dyad.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A copy of an event names the one thing it changes and keeps every other field. */
class EventWithersTest {
  private static final Event ARREST = Event.builder("e1").cameo("173").root("17").label("Arrest").goldstein(-5.0).quadClass(4)
      .plover("ARREST").negated(true).certainty(Event.Certainty.ALLEGED).claimedBy("residents").date("2012-03-04")
      .quantity(12).location("in Gao").mentions(List.of(new Event.EventMention(0, 10, 20, "arrested"))).build();

  @Test
  void anotherIdKeepsEverythingElse() {
    Event renumbered = ARREST.withId("e7");
    assertThat(renumbered.id()).isEqualTo("e7");
    assertThat(renumbered).usingRecursiveComparison().ignoringFields("id").isEqualTo(ARREST);
  }

  @Test
  void otherMentionsKeepEverythingElse() {
    List<Event.EventMention> moved = List.of(new Event.EventMention(3, 110, 120, "arrested"));
    Event shifted = ARREST.withMentions(moved);
    assertThat(shifted.mentions()).isEqualTo(moved);
    assertThat(shifted).usingRecursiveComparison().ignoringFields("mentions").isEqualTo(ARREST);
  }
}
