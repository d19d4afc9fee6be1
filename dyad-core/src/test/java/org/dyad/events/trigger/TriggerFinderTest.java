package org.dyad.events.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.Analyses;
import org.dyad.model.Event;
import org.junit.jupiter.api.Test;

/** Which words of a sentence tell events, through the whole pipeline (real CoreNLP). */
class TriggerFinderTest {

  private static List<Event> events(String text) {
    return Analyses.of(text).events();
  }

  @Test
  void aVerbInsideAnOrganisationsNameTellsNoEvent() {
    assertThat(events("Three journalists were detained in Addis Ababa, the Committee to Protect Journalists said."))
        .extracting(Event::root).doesNotContain("07");
  }

  @Test
  void aNounCompoundedOntoWhoActsNamesTheirKindNoEvent() {
    assertThat(events("Armenian riot police detained 40 people in Yerevan on Monday."))
        .extracting(Event::root).containsExactly("17");
    assertThat(events("Ethiopian police arrested three aid workers in Mekelle on Friday."))
        .extracting(Event::root).containsExactly("17");
  }

  @Test
  void aWarplanesBombingIsAnAerialAttack() {
    assertThat(events("Turkish warplanes bombed Kurdish positions in northern Iraq on Sunday."))
        .extracting(Event::cameo).containsExactly("195");
  }

  @Test
  void aNounTheVerbsRowAskedForIsOneEventWithTheVerb() {
    List<Event> found = events("The Spanish government offered its condolences to Portugal.");
    assertThat(found).extracting(Event::cameo).containsExactly("018");
    assertThat(found.get(0).target().code()).isEqualTo("PRTGOV");
  }

  @Test
  void theWeaponAsSubjectSaysHowForceWasUsed() {
    assertThat(events("Malian army drones struck JNIM positions near Menaka on Monday."))
        .extracting(Event::cameo).containsExactly("195");
  }

  @Test
  void mediatorsWhoMeetAPartyMediate() {
    assertThat(events("Egyptian and Qatari mediators met Hamas negotiators in Cairo on Tuesday."))
        .extracting(Event::cameo).containsOnly("045");
  }

  @Test
  void expellingAPopulationIsMassExpulsion() {
    assertThat(events("Algerian authorities expelled more than 2,000 migrants from Niger last month."))
        .extracting(Event::cameo).containsExactly("201");
  }

  @Test
  void shootingSomeoneDeadIsKilling() {
    assertThat(events("Unidentified gunmen shot dead a prominent activist in Basra on Saturday."))
        .extracting(Event::cameo).containsExactly("1823");
  }

  @Test
  void aProtestToDemandALeadersResignationIsOneProtestForLeadershipChange() {
    List<Event> found = events("Thousands of protesters marched in Nairobi on Saturday to demand the resignation of Kenya's interior minister.");
    assertThat(found).extracting(Event::cameo).containsExactly("1411");
    assertThat(found.get(0).target().code()).isEqualTo("KENGOV");
  }

  @Test
  void aHungerStrikeToDemandSomethingStaysAHungerStrike() {
    List<Event> found = events("Venezuelan opposition activists went on hunger strike on Monday to demand the resignation of the interior minister.");
    assertThat(found).extracting(Event::cameo).containsExactly("1421");
  }

  @Test
  void aShareOfSomethingIsConditionedOnWhatItIsAShareOf() {
    assertThat(events("The United States suspended part of its military aid to Egypt.")).extracting(Event::cameo).containsExactly("1622");
  }

  @Test
  void aSuspensionOfAnythingElseReducesRelations() {
    assertThat(events("The African Union suspended Gabon from all its activities.")).extracting(Event::cameo).containsExactly("160");
  }

  @Test
  void aDemandWhosePatientIsNoActorIsStillADemand() {
    List<Event> found = events("The Nigerian government insisted that the kidnappers free the schoolgirls.");
    assertThat(found).extracting(Event::cameo).containsExactly("1053");
    assertThat(found.get(0).target()).isNull();
  }

  @Test
  void aMediatorIsAimedAtThePartiesItMediatesBetween() {
    assertThat(events("Qatar mediated between Israel and Hamas in indirect talks."))
        .extracting(e -> e.cameo() + " " + e.target().code()).containsExactlyInAnyOrder("045 ISRGOV", "045 HAMAS");
  }

  @Test
  void weInAQuoteIsItsSpeaker() {
    List<Event> found = events("\"We demand that Kabul share what it knows about the bombers,\" the Iranian interior minister said.");
    assertThat(found).extracting(e -> e.source().code() + " " + e.root() + " " + e.target().code()).containsExactly("IRNGOV 10 AFGGOV");
  }

  @Test
  void aForceOnAlertRaisesItsAlertStatus() {
    assertThat(events("New Zealand police were on heightened alert around mosques on Friday.")).extracting(Event::cameo).containsExactly("151");
    assertThat(events("The Israeli military went on high alert on the northern front.")).extracting(Event::cameo).containsExactly("152");
  }

  @Test
  void workersWhoStrikeProtestAndDoNotAttack() {
    assertThat(events("Indian bank unions went ahead and struck on Monday over pay.")).extracting(Event::root).containsExactly("14");
  }

  @Test
  void whatAProgrammeIsOfConditionsTheVerb() {
    assertThat(events("The Netherlands halted its aid programmes in Burundi.")).extracting(Event::cameo).containsExactly("162");
  }

  @Test
  void civiliansWhoBlockadeProtestAndArmiesWhoBlockadeCoerce() {
    assertThat(events("Serbian students blockaded government buildings in Belgrade on Monday.")).extracting(Event::cameo).containsExactly("144");
    assertThat(events("Azerbaijani troops blockaded the Armenian villages on Monday.")).extracting(Event::root).containsExactly("19");
  }

  @Test
  void anActorSaidToBeUpbeatOrCriticalMakesThatComment() {
    assertThat(events("Japan's foreign minister was upbeat about the trade talks with South Korea on Monday."))
        .extracting(Event::cameo).containsExactly("013");
    assertThat(events("Germany's chancellor was sharply critical of Hungary on Friday."))
        .extracting(Event::cameo).containsExactly("111");
  }

  @Test
  void aPredicateAdjectiveIsNoVerbWithoutARowAskingForTheCopula() {
    assertThat(events("The border between Chad and Sudan was open on Monday.")).isEmpty();
  }
}
