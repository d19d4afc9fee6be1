package org.dyad.events.discourse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.Analyses;
import org.dyad.model.ActorRef;
import org.dyad.model.Event;
import org.junit.jupiter.api.Test;

/**
 * What the coder reads across sentences of a paragraph: whose a vague claim is, who did an agentless
 * passive, and the group a named example stands for. Real CoreNLP; texts written for these tests.
 */
class DiscourseEventsTest {

  private static Event only(String text, String root) {
    List<Event> found = Analyses.of(text).events().stream().filter(e -> e.root().equals(root)).toList();
    assertThat(found).as("events of root %s", root).hasSize(1);
    return found.get(0);
  }

  private static String code(ActorRef ref) {
    return ref == null ? null : ref.code();
  }

  @Test
  void vagueReportsTakeTheNamedSourceOfTheNextSentence() {
    Event e = only("Reports have emerged alleging that Ethiopian troops killed 40 Eritrean soldiers near the border. "
        + "Diplomats quoted by Reuters said that the army also detained dozens of villagers.", "18");
    assertThat(e.claimedBy()).isEqualTo("Diplomats quoted by Reuters");
  }

  @Test
  void vagueReportsKeepTheirWordsWhenTheNamedSourceIsInAnotherParagraph() {
    Event e = only("Reports have emerged alleging that Ethiopian troops killed 40 Eritrean soldiers near the border.\n\n"
        + "Diplomats quoted by Reuters said that the army also detained dozens of villagers.", "18");
    assertThat(e.claimedBy()).isEqualTo("Reports");
  }

  @Test
  void vagueReportsDoNotTakeTheWordsOfAPartyThatOnlyReacts() {
    Event e = only("Reports have emerged that Ethiopian troops killed 40 Eritrean soldiers near the border. "
        + "Eritrea said it would respond.", "18");
    assertThat(e.claimedBy()).isEqualTo("Reports");
  }

  @Test
  void aHostilePassiveDoesNotTakeItsDoerFromAFriendlyEvent() {
    List<Event> attacks = Analyses.of("Russia praised Ukraine on Monday. Ukraine was attacked overnight.").events().stream()
        .filter(e -> e.root().compareTo("14") >= 0).toList();
    assertThat(attacks).allSatisfy(e -> assertThat(e.source()).isNull());
  }

  @Test
  void aNamedClaimantIsKeptEvenWhenANeighbourNamesAnother() {
    Event e = only("Kenyan officials said police arrested 14 protesters in Nairobi. "
        + "Opposition leaders claim that the police also beat several students.", "17");
    assertThat(e.claimedBy()).isEqualTo("Kenyan officials");
  }

  @Test
  void claimVerbReadAsANounAfterANameStillAttributes() {
    // The tagger reads "claim" after "Al Jazeera" as a noun; the clause it governs shows it is the verb.
    Event e = only("Sources cited by Al Jazeera claim that Egyptian police arrested 12 journalists in Cairo.", "17");
    assertThat(e.claimedBy()).startsWith("Sources cited by Al Jazeera");
  }

  @Test
  void agentlessPassiveTakesThePartnerOfTheTargetInThePreviousSentence() {
    Event e = only("The Myanmar junta continues to accuse the National League for Democracy of treason. "
        + "Party officials say that no NLD members have been released from prison.", "08");
    assertThat(e.negated()).isTrue();
    assertThat(code(e.source())).isEqualTo("MMRGOV");
  }

  @Test
  void agentlessPassiveStaysWithoutSourceAcrossAParagraphBreak() {
    Event e = only("The Myanmar junta continues to accuse the National League for Democracy of treason.\n\n"
        + "Party officials say that no NLD members have been released from prison.", "08");
    assertThat(e.source()).isNull();
  }

  @Test
  void activeVoiceWithAnUnknownDoerIsNotFilledFromContext() {
    List<Event> killings = Analyses.of("Nigerian troops clashed with Boko Haram near Maiduguri on Monday. "
        + "Unknown gunmen killed six Boko Haram fighters on Tuesday.").events().stream()
        .filter(e -> e.root().equals("18")).toList();
    assertThat(killings).allSatisfy(e -> assertThat(e.source()).isNull());
  }

  @Test
  void aRejectedDemandIsAimedAtWhoeverMadeIt() {
    Event e = only("Mexico demanded an apology from Spain for the conquest. Madrid rejected the demand on Tuesday.", "12");
    assertThat(code(e.source())).isEqualTo("ESPGOV");
    assertThat(code(e.target())).isEqualTo("MEXGOV");
  }

  @Test
  void aDeniedAccusationIsAimedAtTheAccuser() {
    Event e = only("Vietnam accused China of ramming a Vietnamese fishing boat near the Paracel Islands. "
        + "Beijing denied the accusation.", "01");
    assertThat(code(e.source())).isEqualTo("CHNGOV");
    assertThat(code(e.target())).isEqualTo("VNMGOV");
  }

  @Test
  void aDenialNamingNothingIsAimedAtWhoeverTheTextSaysClaimedTheDeniersAct() {
    Event e = only("Soldiers shot dead 14 civilians in a village near Gao on Sunday, residents said. "
        + "The Malian army denied that any civilians had been harmed.", "01");
    assertThat(code(e.source())).isEqualTo("MLIMIL");
    assertThat(code(e.target())).isEqualTo("MLICVL");
  }

  @Test
  void aDenialAfterAnUnclaimedActStaysWithoutTarget() {
    Event e = only("Soldiers shot dead 14 civilians in a village near Gao on Sunday. "
        + "The Malian army denied that any civilians had been harmed.", "01");
    assertThat(e.target()).isNull();
  }

  @Test
  void anAnswerWithTwoPossibleAskersStaysWithoutTarget() {
    Event e = only("Mexico and Peru demanded an apology from Spain. Madrid rejected the demand on Tuesday.", "12");
    assertThat(e.target()).isNull();
  }

  @Test
  void aPersonNamedAsAnExampleOfAGroupStandsForTheMovement() {
    Event e = only("Hamas officials say that no prisoners, including Al-Qassam Brigades commander Khaled Nasser, "
        + "have been released.", "08");
    assertThat(code(e.target())).isEqualTo("HAMAS");
  }

  @Test
  void anExampleFromATransnationalNetworkStaysItsOwnGroup() {
    Event e = only("Somali forces arrested several men, including al-Shabaab commander Ahmed Farah, near Kismayo. "
        + "Al-Shabaab is the Somali branch of al-Qaeda.", "17");
    assertThat(code(e.target())).isEqualTo("SHABAAB");
  }
}
