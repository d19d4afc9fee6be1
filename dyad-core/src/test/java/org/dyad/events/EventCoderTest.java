package org.dyad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import org.dyad.Analyses;
import org.dyad.model.Analysis;
import org.dyad.model.Event;
import org.dyad.model.Event.Certainty;
import org.junit.jupiter.api.Test;

/** The event coder on short news texts through the whole pipeline (real CoreNLP); the article is dated 2025-03-01. */
class EventCoderTest {

  private static List<Event> events(String text) {
    return Analyses.of(text).events();
  }

  private static Event only(List<Event> events, String root) {
    List<Event> found = events.stream().filter(e -> e.root().equals(root)).toList();
    assertThat(found).as("events of root %s in %s", root, events).hasSize(1);
    return found.get(0);
  }

  private static String code(org.dyad.model.ActorRef ref) {
    return ref == null ? null : ref.code();
  }

  @Test
  void activeVerbGivesSourceAndTarget() {
    Event e = only(events("Kenyan police arrested 14 opposition supporters in Nairobi."), "17");
    assertThat(e.cameo()).isEqualTo("173");
    assertThat(code(e.source())).isEqualTo("KENCOP");
    assertThat(e.quantity()).isEqualTo(14);
    assertThat(e.goldstein()).isEqualTo(-5.0);
    assertThat(e.quadClass()).isEqualTo(4);
    assertThat(e.plover()).isEqualTo("COERCE");
  }

  @Test
  void passiveVoiceWithAgentSwapsRoles() {
    Event e = only(events("Three Ukrainian soldiers were captured by Russian troops near Bakhmut."), "18");
    assertThat(code(e.source())).isEqualTo("RUSMIL");
    assertThat(code(e.target())).isEqualTo("UKRMIL");
  }

  @Test
  void passiveWithoutAgentLeavesTheSourceEmpty() {
    Event e = only(events("Dozens of Hamas members were executed in 2013."), "18");
    assertThat(e.source()).isNull();
    assertThat(code(e.target())).isEqualTo("HAMAS");
    assertThat(e.date()).isEqualTo("2013");
  }

  @Test
  void negatedReleaseIsMarkedNegated() {
    Event e = only(events("Egyptian officials said no prisoners from Hamas have been released."), "08");
    assertThat(e.cameo()).isEqualTo("0841");
    assertThat(e.negated()).isTrue();
  }

  @Test
  void didNotIsNegation() {
    Event e = only(events("The Indian army did not attack Pakistani positions on Tuesday."), "19");
    assertThat(e.negated()).isTrue();
    assertThat(code(e.source())).isEqualTo("INDMIL");
  }

  @Test
  void reportedlyMakesTheEventAlleged() {
    Event e = only(events("Sudanese troops reportedly killed 30 civilians in Darfur."), "18");
    assertThat(e.certainty()).isEqualTo(Certainty.ALLEGED);
    assertThat(e.quantity()).isEqualTo(30);
  }

  @Test
  void aClaimThatGovernsTheEventMakesItAllegedAndAttributed() {
    Event e = only(events("Opposition sources claim that the Venezuelan government detained 12 journalists."), "17");
    assertThat(e.certainty()).isEqualTo(Certainty.ALLEGED);
    assertThat(e.claimedBy()).containsIgnoringCase("opposition sources");
  }

  @Test
  void modalMakesTheEventHypothetical() {
    Event e = only(events("China could impose sanctions on Lithuania."), "16");
    assertThat(e.certainty()).isEqualTo(Certainty.HYPOTHETICAL);
    assertThat(code(e.source())).isEqualTo("CHNGOV");
    assertThat(code(e.target())).isEqualTo("LTUGOV");
  }

  @Test
  void aThreatIsAnAssertedEvent() {
    Event e = only(events("North Korea threatened South Korea with nuclear strikes."), "13");
    assertThat(e.certainty()).isEqualTo(Certainty.ASSERTED);
  }

  @Test
  void saidGivesTheClaimant() {
    Event e = only(events("Russia's defence ministry said Ukrainian drones attacked an oil depot in Crimea."), "19");
    assertThat(e.claimedBy()).containsIgnoringCase("defence ministry");
  }

  @Test
  void aStateThatAThingStandsForIsATargetEvenBeforeAReportingClause() {
    Event e = only(events("The Sri Lankan navy seized 12 Indian fishing boats near Delft island, a navy spokesman said."), "17");
    assertThat(code(e.target())).startsWith("IND");
  }

  @Test
  void accordingToGivesTheClaimant() {
    Event e = only(events("Israeli airstrikes hit Hezbollah positions, according to Lebanese officials."), "19");
    assertThat(code(e.target())).isEqualTo("HEZBOLLAH");
    assertThat(e.claimedBy()).containsIgnoringCase("Lebanese officials");
  }

  @Test
  void nominalEventTakesItsPossessorAsSourceAndOfAsTarget() {
    Event e = only(events("Iran condemned Israel's killing of two Iranian diplomats."), "18");
    assertThat(code(e.source())).isEqualTo("ISRGOV");
    assertThat(code(e.target())).isEqualTo("IRNGOV");
  }

  @Test
  void aYearOnTheNounIsTheEventsDate() {
    Event e = only(events("The 2019 agreement between Sudan and South Sudan collapsed."), "05");
    assertThat(e.date()).isEqualTo("2019");
  }

  @Test
  void aWeekdayCountsBackFromTheArticleDate() {
    Event e = only(events("Nigerian troops attacked Boko Haram camps on Tuesday."), "19");
    assertThat(e.date()).isEqualTo("2025-02-25");
  }

  @Test
  void withoutADateTheArticleDateStands() {
    Event e = only(events("France expelled two Russian diplomats."), "17");
    assertThat(e.date()).isEqualTo("2025-03-01");
    assertThat(e.cameo()).isEqualTo("174"); // CAMEO: expel or deport individuals
  }

  @Test
  void coordinatedTargetsGiveOneEventEach() {
    List<Event> found = events("Turkey accused Greece and Cyprus of violating its airspace.");
    assertThat(found).filteredOn(e -> e.root().equals("11"))
        .extracting(e -> code(e.target())).containsExactlyInAnyOrder("GRCGOV", "CYPGOV");
  }

  @Test
  void coordinatedSubjectsWithoutTargetActOnEachOther() {
    Event e = only(events("Armenia and Azerbaijan held talks in Brussels."), "04");
    assertThat(List.of(code(e.source()), code(e.target()))).containsExactlyInAnyOrder("ARMGOV", "AZEGOV");
  }

  @Test
  void theSameEventToldTwiceIsOneEventWithTwoMentions() {
    Event e = only(events("Colombian police arrested a former FARC commander in Cali. "
        + "Colombian police confirmed on Sunday the arrest of the FARC commander."), "17");
    assertThat(e.mentions()).hasSize(2);
    assertThat(e.numMentions()).isEqualTo(2);
  }

  @Test
  void distinctEventsOfOneDyadStayDistinct() {
    List<Event> found = events("Hamas left Damascus in 2012. Syria and Hamas reconciled in 2022.");
    assertThat(found).extracting(Event::date).contains("2022");
    assertThat(found.stream().map(Event::root).distinct().count()).isEqualTo(found.size());
  }

  @Test
  void mentionsPointIntoTheOriginalText() {
    String text = "Malian   troops detained 14 herders.The army said they supplied rebels.";
    Analysis a = Analyses.of(text);
    for (Event e : a.events()) {
      for (Event.EventMention m : e.mentions()) {
        assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
      }
    }
    assertThat(a.events()).isNotEmpty();
  }

  @Test
  void aTextWithoutPoliticalActorsHasNoEvents() {
    assertThat(events("The weather was mild and the markets were calm on Friday.")).isEmpty();
  }

  @Test
  void sanctionsAreCodedAsSanctions() {
    Event e = only(events("The European Union imposed new sanctions on Belarus."), "16");
    assertThat(e.cameo()).isEqualTo("163");
    assertThat(Objects.requireNonNull(code(e.source()))).isEqualTo("EUR");
    assertThat(code(e.target())).isEqualTo("BLRGOV");
  }
}
