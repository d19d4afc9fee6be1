package org.dyad.events.attributes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.Analyses;
import org.dyad.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Who claims an event and when it happened, where news sentences put them: a closing reporting
 * clause, a weekday the parser hangs on a noun, a date shared by coordinated verbs, and dates that
 * belong to another clause. The article is dated Saturday 1 March 2025; real CoreNLP.
 */
class EventAttributesTest {

  private static Event only(String text, String root) {
    List<Event> found = Analyses.of(text).events().stream().filter(e -> e.root().equals(root)).toList();
    assertThat(found).as("events of root %s", root).hasSize(1);
    return found.get(0);
  }

  @Test
  void aClosingReportingClauseClaimsTheSentence() {
    Event e = only("Israeli air strikes killed at least 12 people in Khan Younis on Thursday, the Gaza Health Ministry said.", "19");
    assertThat(e.claimedBy()).isEqualTo("Gaza Health Ministry");
  }

  @Test
  void theRulesThatFoundTheClaimantAndTheDateTravelWithTheTelling() {
    Event e = only("Israeli air strikes killed at least 12 people in Khan Younis on Thursday, the Gaza Health Ministry said.", "19");
    List<String> rules = e.mentions().get(0).attributeRules();
    assertThat(rules).hasSize(2);
    assertThat(rules.get(0)).isIn(Attribution.RULES);
    assertThat(rules.get(1)).isIn(EventTime.RULES);
  }

  @Test
  void whoReportsInAClosingClauseTakesNoPartInTheEvent() {
    // The parser reads "a Turkish diplomat" as an apposition of "a truce".
    List<Event> events = Analyses.of("Qatari mediators met Sudanese army negotiators in Doha on Monday to discuss a truce, "
        + "a Turkish diplomat said.").events();
    assertThat(events).isNotEmpty().allSatisfy(e -> {
      assertThat(e.claimedBy()).isEqualTo("Turkish diplomat");
      assertThat(e.source() == null ? null : e.source().code()).isNotEqualTo("TURGOV");
      assertThat(e.target() == null ? null : e.target().code()).isNotEqualTo("TURGOV");
    });
  }

  @Test
  void reportsThatEmergeMakeTheEventAllegedAndClaimItThemselves() {
    Event e = only("Reports have emerged that Ethiopian troops killed 40 Eritrean soldiers near the border.", "18");
    assertThat(e.certainty()).isEqualTo(Event.Certainty.ALLEGED);
    assertThat(e.claimedBy()).isEqualTo("Reports");
  }

  @Test
  void aSentenceThatOpensWithItsSourceIsClaimedByIt() {
    Event e = only("Sources quoted by The Irrawaddy said the Myanmar army detained 12 Arakan Army fighters in Sittwe.", "17");
    assertThat(e.claimedBy()).isEqualTo("Sources quoted by The Irrawaddy");
  }

  @Test
  void aSentenceOpeningWithAPronounNamesNoClaimant() {
    Event e = only("They said Israeli troops killed five Palestinians in Jenin.", "18");
    assertThat(e.claimedBy()).isNull();
  }

  @Test
  void aWireDatelineDoesNotBecomeAnActorOfTheFirstSentence() {
    Event e = only("NAIROBI, March 1 - Kenyan police arrested 14 opposition supporters on Saturday.", "17");
    assertThat(e.source().code()).isEqualTo("KENCOP");
    assertThat(e.date()).isEqualTo("2025-03-01");
  }

  @Test
  void aPlaceTheTaggerMissesIsFoundInTheGazetteer() {
    // CoreNLP tags "Khan Younis" as a person.
    Event e = only("Israeli air strikes killed at least 12 people in Khan Younis on Thursday.", "19");
    assertThat(e.location()).isEqualTo("Khan Younis");
  }

  @Test
  void aPlaceDeeperInTheClauseLocatesTheEvent() {
    Event e = only("Sudanese paramilitaries killed at least 30 civilians in a village near El Fasher on Sunday.", "18");
    assertThat(e.location()).isEqualTo("village near El Fasher");
  }

  @Test
  void aModalOnTheVerbThatGovernsANominalEventMakesItHypothetical() {
    assertThat(only("If the talks fail, Israel could resume strikes on Hezbollah positions.", "19").certainty())
        .isEqualTo(Event.Certainty.HYPOTHETICAL);
    assertThat(only("Israel resumed strikes on Hezbollah positions.", "19").certainty())
        .isEqualTo(Event.Certainty.ASSERTED);
  }

  @Test
  void aPlaceInsideAParticipantDoesNotLocateTheEvent() {
    Event e = only("The United Nations condemned attacks on hospitals in Khartoum.", "11");
    assertThat(e.location()).isNull();
  }

  @Test
  void aLaterClauseOfItsOwnIsNotAReport() {
    Event e = only("Kenyan police arrested 14 protesters in Nairobi, and the opposition said it would march again.", "17");
    assertThat(e.claimedBy()).isNull();
  }

  @Test
  void theSecondOfTwoCoordinatedVerbsSharesTheFirstsDate() {
    Event e = only("The Brazilian foreign minister visited Buenos Aires on Tuesday and signed a trade agreement with Argentina.", "05");
    assertThat(e.date()).isEqualTo("2025-02-25");
  }

  @Test
  void aWeekdayHungOnANounOfTheClauseDatesTheEvent() {
    Event e = only("France vetoed a Security Council resolution calling for sanctions on Mali on Wednesday.", "12");
    assertThat(e.date()).isEqualTo("2025-02-26");
  }

  @Test
  void theDateOfADeniedActIsNotTheDenialsDate() {
    Event e = only("Ukraine's army denied that it was behind a drone strike on a Russian refinery on Sunday.", "01");
    assertThat(e.date()).isEqualTo("2025-03-01");
  }

  @Test
  void aNominalActIsNegatedByTheNegatedVerbThatDoesIt() {
    assertThat(only("The Peruvian government has not declared a state of emergency in Puno.", "17").negated()).isTrue();
    assertThat(only("The Peruvian government declared a state of emergency in Puno.", "17").negated()).isFalse();
  }

  @Test
  void theReportingVerbsDateIsNotTheEventsDate() {
    Event e = only("Peru has not signed the fisheries pact with Chile, a government spokesman said on Thursday.", "05");
    assertThat(e.date()).isEqualTo("2025-03-01");
  }
}
