package org.dyad.events.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.Analyses;
import org.dyad.model.Event;
import org.junit.jupiter.api.Test;

/**
 * How a governing verb (an appeal, offer, demand, rejection or threat) combines with what it governs,
 * and keeps its own code when the table combines it with nothing (real CoreNLP).
 */
class ComplementsTest {

  private static List<Event> events(String text) {
    return Analyses.of(text).events();
  }

  @Test
  void aThreatOfAnUncombinedActStaysAThreatAndTheActIsNotCoded() {
    List<Event> found = events("Iran threatened on Monday to walk out of the nuclear talks with France.");
    assertThat(found).extracting(Event::root).contains("13").doesNotContain("14");
  }

  @Test
  void anOfferToDoSomethingIsAnIntentOfItsKind() {
    List<Event> found = events("Thailand offered to host new talks between Cambodia and Myanmar.");
    assertThat(found).extracting(Event::cameo).contains("036").doesNotContain("043");
  }

  @Test
  void anAppealToLiftAnEmbargoKeepsTheLiftingWhateverTheEmbargosKind() {
    List<Event> found = events("Cuba's president urged the United States to lift its trade embargo on the island.");
    assertThat(found).extracting(Event::cameo).containsExactly("0254");
  }

  @Test
  void aPledgeOfEmergencyAidIsAnIntentNotTheAid() {
    List<Event> found = events("Japan pledged emergency aid to Myanmar.");
    assertThat(found).extracting(Event::cameo).containsExactly("0333");
  }

  @Test
  void conditionedRowsOfGeneralVerbsCodeTheirEvent() {
    assertThat(events("The Serbian government lifted the curfew in Novi Pazar on Friday.")).extracting(Event::cameo).containsExactly("0813");
    assertThat(events("Sudan's army and the Rapid Support Forces engaged in a firefight near El Fasher.")).extracting(Event::root).containsExactly("19");
    assertThat(events("Kenyan police fired tear gas at protesters in Nairobi.")).extracting(Event::root).containsExactly("17");
  }

  @Test
  void aWarningOfTheWarnersOwnActIsAThreatOfIt() {
    assertThat(events("Mexico warned that it would recall its ambassador from Lima.")).extracting(Event::root).containsExactly("13");
    assertThat(events("China warned that it could impose a naval blockade on Taiwan.")).extracting(Event::cameo).containsExactly("1381");
  }

  @Test
  void aWarningOfTheWarnersOwnFutureActIsAThreatEvenWhenTheActIsNoKnownEvent() {
    List<Event> found = events("Beijing warned that it would take countermeasures against Vanuatu.");
    assertThat(found).extracting(Event::cameo).containsExactly("130");
    assertThat(found.get(0).target().code()).isEqualTo("VUTGOV");
    assertThat(events("Seoul warned that it had seen more missiles.")).extracting(Event::root).doesNotContain("13");
  }

  @Test
  void aVowToCrushAGroupToldAsAParticipleIsAThreatByTheMainClausesSubject() {
    List<Event> found = events("Peru's government declared a state of emergency in Lima, vowing to crush the Shining Path rebels.");
    assertThat(found).filteredOn(e -> e.root().equals("13")).extracting(e -> e.source().code()).containsExactly("PERGOV");
  }

  @Test
  void aWarningOfWhatWillHappenUnlessANamedPartyActsIsAThreatToThatParty() {
    List<Event> found = events("Trump warned that the tariffs would take effect on Monday unless Guatemala stops playing games.");
    assertThat(found).extracting(Event::cameo).containsExactly("130");
    assertThat(found.get(0).target().code()).isEqualTo("GTMGOV");
    assertThat(events("The minister warned that the fighting would spread if the talks failed.")).extracting(Event::root).doesNotContain("13");
  }

  @Test
  void aThreatenedActsOwnTargetOutweighsTheConditionsParty() {
    List<Event> found = events("Iran warned it would strike Israel if the United States intervened.");
    assertThat(found).filteredOn(e -> e.root().equals("13")).extracting(e -> e.target().code()).containsExactly("ISRGOV");
  }

  @Test
  void aWarningOfWhatOthersWillDoStaysAWarning() {
    assertThat(events("The United Nations warned that the army would attack the camps.")).extracting(Event::cameo).contains("012").doesNotContain("1384");
  }

  @Test
  void anAdjectiveGoverningAClauseIsAnIntentOfItsKind() {
    assertThat(events("Colombia's government said it was ready to hold talks with the ELN guerrillas.")).extracting(Event::cameo).containsExactly("036");
  }
}
