package org.dyad.events.attributes;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.Analyses;
import org.dyad.model.Event;
import org.junit.jupiter.api.Test;

/** A killing of a hundred or more is a mass killing; fewer, or another kind of force, is not (real CoreNLP). */
class MassKillingsTest {

  @Test
  void aKillingOfAHundredOrMoreIsAMassKilling() {
    assertThat(Analyses.of("Jihadists killed at least 170 villagers in Burkina Faso on Sunday.").events())
        .extracting(Event::cameo).containsExactly("202");
  }

  @Test
  void hundredsOfVictimsAreAMass() {
    assertThat(Analyses.of("Islamic State executed hundreds of Shiite cadets near Tikrit.").events())
        .extracting(Event::cameo).containsExactly("202");
  }

  @Test
  void aKillingOfAFewStaysAnAssault() {
    assertThat(Analyses.of("Gunmen killed 12 villagers in Zamfara state on Sunday.").events())
        .extracting(Event::cameo).containsExactly("1823");
  }
}
