package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.Analyses;
import org.dyad.model.Actor;
import org.dyad.model.Analysis;
import org.junit.jupiter.api.Test;

/** Parts of a state named without the state ("the army", "fishermen"), with real CoreNLP. */
class UnattachedRolesTest {

  private static List<String> codes(Analysis a, String wording) {
    return a.actors().stream().filter(x -> x.mentions().stream().anyMatch(m -> m.text().equals(wording)))
        .map(Actor::code).toList();
  }

  @Test
  void aSentenceNamingNoCountryContinuesTheCountryOfTheOneBefore() {
    Analysis a = Analyses.of("A bomb killed 12 people at a market in Nigeria's Borno state. The army blamed Boko Haram.");
    assertThat(codes(a, "army")).containsExactly("NGAMIL");
  }

  @Test
  void aSingularRoleWordAfterADeterminerAndAdjectivesIsAnActor() {
    Analysis a = Analyses.of("Gunmen shot dead a prominent anti-corruption activist in the Iraqi city of Basra.");
    assertThat(codes(a, "activist")).containsExactly("IRQCVL");
  }

  @Test
  void aCollectiveRoleNounStandsBareLikeAPlural() {
    Analysis a = Analyses.of("Protesters clashed with police in Nairobi on Tuesday.");
    assertThat(codes(a, "police")).containsExactly("KENCOP");
    assertThat(Analyses.of("Protesters marched to a police station in Nairobi.").actors()).extracting(Actor::code)
        .doesNotContain("KENCOP");
  }

  @Test
  void aRoleWordsOwnPlaceOutweighsAStateNamedLaterInTheSentence() {
    Analysis a = Analyses.of("Residents of Kidal accused fighters of Russia's Africa Corps of executing three herders.");
    assertThat(codes(a, "Residents")).containsExactly("MLICVL");
  }

  @Test
  void aCoalitionAStateLeadsIsThatStatesMilitary() {
    assertThat(codes(Analyses.of("The Saudi-led coalition bombed Houthi positions in Yemen on Tuesday."), "coalition"))
        .containsExactly("SAUMIL");
  }

  @Test
  void aRolePhraseMayBeginWithItsAdjective() {
    Analysis a = Analyses.of("Armed men stormed a hotel in Mogadishu on Sunday.");
    assertThat(codes(a, "Armed men")).containsExactly("SOMUAF");
  }

  @Test
  void fishermenAndExecutivesArePartsOfTheirState() {
    Analysis a = Analyses.of("The Sri Lankan navy arrested 48 Indian fishermen near Delft island on Saturday.");
    assertThat(codes(a, "Indian fishermen")).containsExactly("INDCVL");
  }

  @Test
  void weaponsAreNotTheForcesOfThePlaceTheyHit() {
    Analysis a = Analyses.of("Russia launched 146 drones at Ukraine on Tuesday night.");
    assertThat(codes(a, "drones")).isEmpty();
  }

  @Test
  void itsOwnWeaponsAreTheOwnersForces() {
    Analysis a = Analyses.of("The Nigerian army said it had opened an inquiry into one of its own air strikes.");
    assertThat(codes(a, "air strikes")).containsExactly("NGAMIL");
  }

  @Test
  void membersOfAPossessedGroupAreTheGroupsNotTheCountrys() {
    Analysis a = Analyses.of("The United States imposed sanctions on two commanders of Sudan's Rapid Support Forces.");
    assertThat(codes(a, "commanders")).containsExactly("RSF");
  }

  @Test
  void coordinatedDemonymsShareTheRoleWordAfterTheLast() {
    Analysis a = Analyses.of("Indian and Chinese military commanders did not reach agreement at talks on Monday.");
    assertThat(codes(a, "Indian")).containsExactly("INDMIL");
    assertThat(codes(a, "Chinese military commanders")).containsExactly("CHNMIL");
  }

  @Test
  void aPlaceInAnotherClauseDoesNotSayWhereARoleIs() {
    Analysis a = Analyses.of("Kenya and Somalia opened talks in Nairobi on Monday, days after an armed group killed 9 Somali soldiers.");
    assertThat(codes(a, "armed group")).containsExactly("SOMUAF");
    assertThat(codes(Analyses.of("Ethiopia's army said that gunmen had attacked a convoy."), "gunmen")).containsExactly("ETHUAF");
  }
}
