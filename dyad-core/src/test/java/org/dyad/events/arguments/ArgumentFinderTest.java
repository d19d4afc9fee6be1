package org.dyad.events.arguments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.Analyses;
import org.dyad.model.ActorRef;
import org.dyad.model.Event;
import org.junit.jupiter.api.Test;

/** Who did it and to whom, on short news texts through the whole pipeline (real CoreNLP). */
class ArgumentFinderTest {

  private static List<String> dyads(String text) {
    return Analyses.of(text).events().stream().map(ArgumentFinderTest::dyad).toList();
  }

  private static String dyad(Event e) {
    return code(e.source()) + " " + e.cameo() + " " + code(e.target());
  }

  private static String code(ActorRef ref) {
    return ref == null ? "-" : ref.code();
  }

  @Test
  void aKillingToldAsAParticipleOfAStrikeIsTheStrikeAimedAtTheKilledNotAnEventOfItsOwn() {
    List<String> found = dyads("Saudi warplanes struck a market in Saada on Monday, killing 17 Yemeni civilians.");
    assertThat(found).containsExactly("SAUMIL 195 YEMCVL");
  }

  @Test
  void theDeadOfFightingBetweenSidesAreNoSidesTarget() {
    assertThat(dyads("Rival clans fought with rifles near Beledweyne in Somalia, leaving at least six civilians dead."))
        .noneMatch(d -> d.endsWith("SOMCVL"));
  }

  @Test
  void aParticipleModifyingANounMakesTheNounItsPatient() {
    assertThat(dyads("Ugandan authorities refused to release an opposition politician detained at a rally in Kampala."))
        .contains("- 173 UGAOPP");
  }

  @Test
  void aRefusalOfAnActTheComplementTableDoesNotKnowIsAimedAtThatActsTarget() {
    assertThat(dyads("Iran refused to accept Iraq's conditions for the talks.")).contains("IRNGOV 120 IRQGOV");
  }

  @Test
  void anOfferToMediateIsAimedAtTheParties() {
    assertThat(dyads("Qatar offered to mediate between Israel and Hamas."))
        .contains("QATGOV 039 ISRGOV", "QATGOV 039 HAMAS");
  }

  @Test
  void aParticipleTheParserGaveASubjectIsStillPassive() {
    assertThat(dyads("The Congolese government and the M23 rebels declared a truce after talks mediated by Qatar."))
        .noneMatch(d -> d.startsWith("CODGOV 045"));
  }

  @Test
  void aRejectionThatNamesTheChargeIsADenialOfItsOwnAimedAtTheAccuser() {
    Event denial = Analyses.of("Kinshasa accuses Kigali of allowing the rebels to run training camps on Rwandan soil, "
        + "a charge Rwanda has rejected.").events().stream().filter(e -> e.cameo().equals("016")).findFirst().orElseThrow();
    assertThat(dyad(denial)).isEqualTo("RWAGOV 016 CODGOV");
    assertThat(denial.certainty()).isEqualTo(Event.Certainty.ASSERTED);
    assertThat(denial.claimedBy()).isNull();
  }

  @Test
  void whoReactsToAnActNamedByANounIsNotItsDoer() {
    assertThat(dyads("The United Nations condemned attacks on hospitals in Khartoum."))
        .noneMatch(d -> d.startsWith("UNO 19") || d.startsWith("UNO 18"));
  }

  @Test
  void aDemandIsAimedAtWhoeverTheThatClauseAsksToAct() {
    assertThat(dyads("Peru demanded on Friday that Chile withdraw its ambassador."))
        .anyMatch(d -> d.startsWith("PERGOV 10") && d.endsWith(" CHLGOV"));
  }

  @Test
  void aParticipleWithAPartnerAfterWithIsAStateNotAPassive() {
    assertThat(dyads("Hezbollah, an armed group allied with Iran, fired rockets at northern Israel."))
        .noneMatch(d -> d.endsWith(" HEZBOLLAH") && d.startsWith("- 05"));
  }

  @Test
  void aVerbInATitleCaseHeadlineIsNoPartOfAName() {
    assertThat(dyads("Sudanese Army Arrests Dozens of RSF Fighters in Khartoum\n\nThe arrests followed clashes."))
        .anyMatch(d -> d.contains(" 173 RSF"));
  }

  @Test
  void theActorNearestTheHeadOfAPhraseInTheTreeIsItsActor() {
    assertThat(dyads("The United States imposed sanctions on two commanders of Sudan's Rapid Support Forces."))
        .contains("USAGOV 163 RSF");
  }

  @Test
  void aStatesAdjectiveOnWhatItSendsNamesItsGovernmentButOnItsGoodsTheState() {
    assertThat(dyads("Iran rejected an American proposal to resume nuclear talks.")).anyMatch(d -> d.startsWith("IRNGOV 12") && d.endsWith(" USAGOV"));
    assertThat(dyads("Kenya welcomed a Chinese offer to build a new railway.")).anyMatch(d -> d.endsWith(" CHNGOV"));
  }

  @Test
  void anActiveClauseWhoseDoerIsNoKnownActorIsNotCoded() {
    assertThat(dyads("A suicide bomber killed at least 12 people at a market in Nigeria's Borno state.")).isEmpty();
  }

  @Test
  void aPassiveWithoutAgentKeepsItsPatient() {
    assertThat(dyads("Two Kenyan journalists were arrested in Nairobi on Monday.")).containsExactly("- 173 KENMED");
  }

  @Test
  void anEventNounWithNoDoerIsNotCodedButTheArrestOfSomeoneIs() {
    assertThat(dyads("Aid groups condemned attacks on displaced people in Darfur.")).noneMatch(d -> d.contains(" 190 "));
    assertThat(dyads("Police in Fiji announced the arrest of five suspected drug traffickers.")).isNotEmpty();
  }

  @Test
  void aClauseWithASubjectOfItsOwnDoesNotBorrowTheMainOne() {
    assertThat(dyads("G7 foreign ministers threatened new sanctions on Iran if it transferred ballistic missiles to Russia."))
        .noneMatch(d -> d.endsWith("072 RUSGOV") && !d.startsWith("IRNGOV"));
  }

  @Test
  void whoOrdersAnActionDoesIt() {
    assertThat(dyads("Philippine President Ferdinand Marcos Jr. ordered the coast guard to step up its patrols."))
        .anyMatch(d -> d.startsWith("PHLGOV 153"));
  }

  @Test
  void aShowOfForceIsAimedAtTheForeignActorItAnswersNotAtItsOwnForces() {
    assertThat(dyads("Serbia's president put the army on its highest level of combat readiness on Sunday after Kosovo sent special police units into the north."))
        .contains("SRBGOV 152 XKXGOV").noneMatch(d -> d.endsWith("SRBMIL"));
  }

  @Test
  void coordinatedDemonymsBeforeOneRoleWordAreEachAParty() {
    assertThat(dyads("Some 5,000 American and Philippine troops began annual joint exercises on the island of Luzon."))
        .contains("USAMIL 062 PHLMIL");
  }

  @Test
  void theOneAccusedOfAnActIsItsDoerWhetherTheParserHangsTheGerundFromTheVerbOrMisreadsIt() {
    assertThat(dyads("Israel accused Hezbollah of firing rockets at towns in northern Israel."))
        .anyMatch(d -> d.startsWith("HEZBOLLAH 19"));
    assertThat(dyads("Ukraine blamed Russian forces for shelling a hospital in Kherson.")).contains("RUSMIL 194 UKRHLH");
  }

  @Test
  void theSubjectOfAPassiveAccusationIsTheDoerOfTheChargedAct() {
    assertThat(dyads("Zimbabwean police were accused by Amnesty International of beating street vendors in Harare."))
        .contains("ZWECOP 182 ZWECVL").anyMatch(d -> d.startsWith("AMNESTY 112"));
  }

  @Test
  void anAnswerToTheMoveIsAimedAtWhoMadeItEarlierInTheSentence() {
    assertThat(dyads("Washington slapped sanctions on eight Cuban officials on Wednesday, and Havana denounced the move."))
        .contains("USAGOV 163 CUBGOV", "CUBGOV 111 USAGOV");
  }

  @Test
  void aProtestJoinedToAVerbOfTheSameSubjectIsAimedAtThatVerbsObject() {
    assertThat(dyads("Manila summoned the Chinese ambassador on Tuesday and lodged a diplomatic protest."))
        .containsExactly("PHLGOV 114 CHNGOV");
  }

  @Test
  void aRoleWordBeforeAMessageIsItsSender() {
    assertThat(dyads("Samoa's prime minister rejected opposition demands on Monday that she resign."))
        .anyMatch(d -> d.startsWith("WSMGOV 12") && d.endsWith("WSMOPP"));
  }

  @Test
  void aDenialHangingFromAnAccusationIsAimedAtTheAccuser() {
    assertThat(dyads("Azerbaijan accused Armenian forces of firing on its army positions on Tuesday night, a charge Yerevan denied."))
        .contains("ARMGOV 016 AZEGOV");
  }

  @Test
  void aRejectionHangingFromAnAllegationIsADenial() {
    assertThat(dyads("Iran is sending drones to the Houthis by sea, U.S. officials alleged on Tuesday, an accusation Tehran rejected as baseless."))
        .contains("IRNGOV 016 USAGOV");
  }

  @Test
  void theCountryLeftIsTheTargetOfAWithdrawal() {
    assertThat(dyads("South Africa could pull its peacekeepers out of Congo if more of its soldiers are killed."))
        .contains("ZAFGOV 1661 CODGOV");
  }

  @Test
  void aPronounSubjectOfARelativeClauseIsTheSubjectOfTheClauseItsNounBelongsTo() {
    assertThat(dyads("The ELN has not released the five soldiers it abducted in Arauca in July, Colombia's army said on Tuesday."))
        .contains("ELN 181 COLMIL");
  }

  @Test
  void anUnresolvedPronounSubjectIsNoOneElse() {
    assertThat(dyads("G7 foreign ministers threatened new sanctions on Iran if it transferred ballistic missiles to Russia."))
        .noneMatch(d -> d.startsWith("G07 072"));
  }

  @Test
  void aCityAsTargetIsItsCountryAndStaysTheLocation() {
    assertThat(dyads("Russian forces shelled the Ukrainian city of Kharkiv on Monday.")).contains("RUSMIL 194 UKR");
    List<Event> refinery = Analyses.of("Ukrainian drones struck an oil refinery in Russia's Samara region overnight.").events();
    assertThat(refinery).extracting(ArgumentFinderTest::dyad).anyMatch(d -> d.startsWith("UKRMIL 19") && d.endsWith(" RUSGOV"));
    assertThat(refinery.get(0).location()).contains("Samara");
  }

  @Test
  void aStatesFacilitiesAreThatStateAndItsCapitalItsGovernment() {
    assertThat(dyads("Israel attacked Iranian nuclear facilities on Friday.")).anyMatch(d -> d.startsWith("ISRGOV 19") && d.endsWith(" IRN"));
    assertThat(dyads("Pakistan recalled its envoy from New Delhi on Tuesday.")).anyMatch(d -> d.startsWith("PAKGOV 16") && d.endsWith(" INDGOV"));
  }

  @Test
  void aStatesAdjectiveOnWhatIsSupportedNamesWhoIsSupported() {
    // GDELT's convention and the object-state rule's: the adjective's state is the target, no place is
    assertThat(dyads("Syria will continue to support the Palestinian cause.")).anyMatch(d -> d.startsWith("SYRGOV 05") && d.endsWith(" PSE"));
    assertThat(Analyses.of("Syria will continue to support the Palestinian cause.").events()).allMatch(e -> e.location() == null);
  }

  @Test
  void victimsAreNotTheAttackersNationality() {
    assertThat(dyads("Four children were killed in Israeli tank shelling in Gaza on Sunday."))
        .isNotEmpty().noneMatch(d -> d.endsWith(" ISRCVL")).anyMatch(d -> d.startsWith("ISR 18"));
  }

  @Test
  void aStatesAdjectiveOnForceUsedNamesWhoUsedIt() {
    assertThat(dyads("Russian strikes killed 12 Ukrainians on Sunday.")).anyMatch(d -> d.startsWith("RUS ") && d.endsWith(" UKRCVL"));
  }

  @Test
  void theyAfterCoordinatedSpeakersIsEachOfThem() {
    assertThat(dyads("France and Britain said they would impose sanctions on Iran."))
        .anyMatch(d -> d.startsWith("FRAGOV 1") && d.endsWith(" IRNGOV"))
        .anyMatch(d -> d.startsWith("GBRGOV 1") && d.endsWith(" IRNGOV"));
  }

  @Test
  void aDemandedMeetingIsNoMeeting() {
    assertThat(dyads("Egypt called for a meeting with Israel on the border crossing.")).noneMatch(d -> d.contains(" 04"));
    assertThat(dyads("The Philippine government demanded talks with China over the shoal.")).noneMatch(d -> d.contains(" 04"));
  }

  @Test
  void suspendedAidIsNoAidGiven() {
    assertThat(dyads("The United States suspended part of a military aid program to Egypt.")).noneMatch(d -> d.contains(" 07"));
  }
}
