package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.dyad.Analyses;
import org.dyad.model.Actor;
import org.dyad.model.ActorType;
import org.dyad.model.Analysis;
import org.dyad.model.Span;
import org.dyad.nlp.CoreNlpAnnotator;
import org.dyad.nlp.NlpDocument;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * The actor stage on short inline news texts from many regions, with real CoreNLP and the bundled
 * dictionary: states and their parts, organisations, people and references each resolve to one actor
 * whatever the wording, and words that only look like names resolve to none.
 */
class ActorResolverTest {

  // ---- states and their parts ----

  @Test
  void possessiveCountryWithDefenceMinistryIsItsMilitary() {
    Analysis a = Analyses.of("Russia's defence ministry said on Monday that its air defences had shot down 40 drones.");
    Actor ministry = actor(a, "Russia's defence ministry");
    assertThat(ministry.code()).isEqualTo("RUSMIL");
    assertThat(ministry.type()).isEqualTo(ActorType.STATE);
    assertThat(ministry.country()).isEqualTo("RUS");
  }

  @Test
  void aSpokespersonOfABodyTheTitleNamesServesTheStateTheTextIsAbout() {
    Analysis a = Analyses.of("China answered with a protest of its own. Foreign ministry spokesman Lin Jian said the ships had intruded.");
    assertThat(actor(a, "Lin Jian").code()).isEqualTo("CHNGOV");
  }

  @Test
  void aRolePhraseThatIsATitleWholeOutweighsItsFirstWord() {
    Analysis a = Analyses.of("Public prosecutor Ana Diaz charged three Peruvian police officers with murder.");
    assertThat(actor(a, "Ana Diaz").code()).isEqualTo("PERJUD");
  }

  @Test
  void theOwnerOfTheBodyATitleNamesIsThePersonsAffiliation() {
    Analysis a = Analyses.of("Houthi military spokesman Yahya Saree said the group had fired missiles at Israel.");
    assertThat(actor(a, "Yahya Saree").code()).isEqualTo("HOUTHI");
  }

  @Test
  void opposingAPlanNamesNoOpposition() {
    assertThat(Analyses.of("Russia voiced opposition to the plan on Monday.").actors()).extracting(Actor::code).doesNotContain("RUSOPP");
  }

  @Test
  void aStateThatOpensAnotherPersonsTitleSaysNothingOfThePersonBefore() {
    Analysis a = Analyses.of("Indonesia's foreign ministry summoned the Chinese ambassador. "
        + "Foreign Minister Sugiono spoke to Chinese Foreign Minister Wang Yi by telephone.");
    assertThat(actor(a, "Sugiono").code()).isEqualTo("IDNGOV");
    assertThat(actor(a, "Wang Yi").code()).isEqualTo("CHNGOV");
  }

  @Test
  void aGroupsPossessiveBeforeAFunctionMakesThePersonTheGroups() {
    Analysis a = Analyses.of("The Houthis told a different story. Their spokesman, Abdullah al-Marwani, denied the claim.");
    assertThat(actor(a, "Abdullah al-Marwani").code()).isEqualTo("HOUTHI");
  }

  @Test
  void theRebelsAfterANamedArmedGroupAreThatGroupNotTheStateOfTheSentence() {
    Analysis a = Analyses.of("The Houthis told a different story. Saudi officials said the rebels fired drones at Saudi border guards.");
    assertThat(actorsMentioned(a, "the rebels")).extracting(Actor::code).containsExactly("HOUTHI");
    assertThat(Analyses.of("Saudi officials said the rebels fired drones at Saudi border guards.").actors())
        .extracting(Actor::code).doesNotContain("HOUTHI");
  }

  @Test
  void aPeopleWithARoleWordOfPeopleIsThatPartOfItsState() {
    Analysis a = Analyses.of("Masalit civilians fled to Chad as Rohingya activists met Uyghur exiles in Geneva.");
    assertThat(actor(a, "Masalit civilians").code()).isEqualTo("SDNCVL");
    assertThat(actor(a, "Rohingya activists").code()).isEqualTo("MMRCVL");
  }

  @Test
  void kanakSeparatistsAreFrancesSeparatists() {
    Analysis a = Analyses.of("French gendarmes arrested seven Kanak separatists in Noumea on Tuesday.");
    assertThat(actor(a, "Kanak separatists").code()).isEqualTo("FRASEP");
  }

  @Test
  void aPeopleAloneAsANounIsItsStatesPeopleAndBeforeANounIsNoActor() {
    Analysis a = Analyses.of("Soldiers drove the Rohingya from Rohingya villages near the border.");
    assertThat(actorsMentioned(a, "Rohingya")).extracting(Actor::code).containsExactly("MMRCVL");
    assertThat(a.actors().stream().flatMap(x -> x.aliases().stream())).doesNotContain("Rohingya villages");
  }

  @Test
  void aPeopleWithAnOrgansWordIsItsOwnBodyNotTheStates() {
    Analysis a = Analyses.of("Tigrayan forces attacked an army base near Mekelle on Sunday.");
    Actor forces = actor(a, "Tigrayan forces");
    assertThat(forces.type()).isEqualTo(ActorType.ARMED_GROUP);
    assertThat(forces.code()).isNotEqualTo("ETHMIL");
    assertThat(forces.country()).isEqualTo("ETH");
  }

  @Test
  void aMinisterOfAnyPortfolioIsTheGovernmentOfHisState() {
    Analysis a = Analyses.of("The Honduran finance minister and Iran's interior minister met in Tegucigalpa on Monday.");
    assertThat(actor(a, "Honduran finance minister").code()).isEqualTo("HNDGOV");
    assertThat(actor(a, "Iran's interior minister").code()).isEqualTo("IRNGOV");
  }

  @Test
  void investigatorsAreThePoliceAndGovernorsTheGovernment() {
    Analysis a = Analyses.of("Indian investigators questioned the suspects as Nigerian governors met in Abuja.");
    assertThat(actor(a, "Indian investigators").code()).isEqualTo("INDCOP");
    assertThat(actor(a, "Nigerian governors").code()).isEqualTo("NGAGOV");
  }

  @Test
  void membersOfTheEuropeanParliamentAreTheirStatesLegislatorsAndDriversLabour() {
    Analysis a = Analyses.of("Polish MEPs met French truckers in Brussels on Monday.");
    assertThat(actor(a, "Polish MEPs").code()).isEqualTo("POLLEG");
    assertThat(actor(a, "French truckers").code()).isEqualTo("FRALAB");
  }

  @Test
  void kremlinIsTheRussianGovernmentByCode() {
    Actor kremlin = actor(Analyses.of("The Kremlin declined to comment on the report."), "Kremlin");
    assertThat(kremlin.id()).isEqualTo("kremlin");
    assertThat(kremlin.code()).isEqualTo("RUSGOV");
  }

  @Test
  void demonymWithTroopsAndWithMilitaryIsOneMilitaryActor() {
    Analysis a = Analyses.of("Ukrainian troops pushed back Russian forces near Kharkiv, the Ukrainian military said.");
    Actor troops = actor(a, "Ukrainian troops");
    assertThat(actor(a, "Ukrainian military")).isEqualTo(troops);
    assertThat(troops.code()).isEqualTo("UKRMIL");
    Actor russian = actor(a, "Russian forces");
    assertThat(russian.code()).isEqualTo("RUSMIL");
    assertThat(russian.id()).isNotEqualTo(troops.id());
  }

  @Test
  void governmentOfCountryAndItsCapitalActingAsStateAreOneActor() {
    Analysis a = Analyses.of("The government of Kenya has banned the protests. Nairobi said the decision was final.");
    Actor government = actor(a, "government of Kenya");
    assertThat(actor(a, "Nairobi")).isEqualTo(government);
    assertThat(government.code()).isEqualTo("KENGOV");
  }

  @Test
  void countryDemonymPossessiveAndCapitalWordingsAreOneGovernment() {
    Analysis a = Analyses.of("Kenya deployed police to the border. The Kenyan government said the move was temporary. "
        + "Kenya's government later extended it, and Nairobi defended the decision.");
    Actor kenya = actor(a, "Kenya");
    for (String wording : List.of("Kenyan government", "Kenya's government", "Nairobi")) {
      assertThat(actor(a, wording)).as(wording).isEqualTo(kenya);
    }
    assertThat(a.actors()).filteredOn(x -> "GOV".equals(x.role())).hasSize(1);
    assertThat(kenya.name()).isEqualTo("Kenya");
  }

  @Test
  void capitalAfterInIsAPlaceNotAnActor() {
    Analysis a = Analyses.of("Thousands marched in Nairobi on Tuesday. Kenyan police fired tear gas at the crowd.");
    assertThat(mentioned(a, "Nairobi")).isFalse();
    assertThat(actor(a, "Kenyan police").code()).isEqualTo("KENCOP");
    assertThat(a.actors()).extracting(Actor::code).doesNotContain("KENGOV");
  }

  @Test
  void capitalAfterTheFromOfAMessageIsItsSender() {
    Analysis a = Analyses.of("Lebanon's president rejected calls from Washington to set a deadline. "
        + "Delegates flew in from Nairobi on Monday.");
    assertThat(actor(a, "Washington").code()).isEqualTo("USAGOV");
    assertThat(mentioned(a, "Nairobi")).isFalse();
  }

  @Test
  void capitalAsASecondObjectOrTheSenderOfAGiftActsForItsState() {
    Analysis a = Analyses.of("Belarus fed Moscow information about Ukrainian positions. "
        + "Laos sought a loan from Beijing on Monday.");
    assertThat(actor(a, "Moscow").code()).isEqualTo("RUSGOV");
    assertThat(actor(a, "Beijing").code()).isEqualTo("CHNGOV");
  }

  @Test
  void capitalBeforeANounIsAModifierNotAnActor() {
    Analysis a = Analyses.of("Protesters marched to the Nairobi headquarters of the electoral commission.");
    assertThat(mentioned(a, "Nairobi")).isFalse();
    assertThat(actor(a, "electoral commission").code()).as("the place still says whose commission").isEqualTo("KENGOV");
  }

  @Test
  void capitalActingAsStateIsItsGovernment() {
    Analysis a = Analyses.of("India and Pakistan exchanged fire along the border. "
        + "New Delhi accused Islamabad of supporting militants.");
    assertThat(actor(a, "New Delhi")).isEqualTo(actor(a, "India"));
    assertThat(actor(a, "Islamabad")).isEqualTo(actor(a, "Pakistan"));
    assertThat(actor(a, "Islamabad").code()).isEqualTo("PAKGOV");
  }

  @Test
  void pluralDemonymIsThePeople() {
    Actor people = actor(Analyses.of("Brazilians voted on Sunday in a tense runoff."), "Brazilians");
    assertThat(people.code()).isEqualTo("BRACVL");
    assertThat(people.role()).isEqualTo("CVL");
  }

  @Test
  void leadersAdministrationIsHisStatesGovernmentAndNotThePerson() {
    Analysis a = Analyses.of("The Biden administration announced new sanctions on Tuesday. Biden said they would hurt.");
    Actor administration = actor(a, "Biden administration");
    assertThat(administration.code()).isEqualTo("USAGOV");
    assertThat(administration.type()).isEqualTo(ActorType.STATE);
    Actor biden = actor(a, "Biden");
    assertThat(biden.id()).isEqualTo("joe-biden");
    assertThat(biden.type()).isEqualTo(ActorType.PERSON);
  }

  @Test
  void coastGuardIsPoliceAndCapitalsAreGovernments() {
    Analysis a = Analyses.of("Chinese coast guard ships fired water cannon. The Philippine coast guard said two of its vessels "
        + "were damaged. Beijing blamed Manila.");
    assertThat(actor(a, "Chinese coast guard").code()).isEqualTo("CHNCOP");
    assertThat(actor(a, "Philippine coast guard").code()).isEqualTo("PHLCOP");
    assertThat(actor(a, "Beijing").code()).isEqualTo("CHNGOV");
    assertThat(actor(a, "Manila").code()).isEqualTo("PHLGOV");
  }

  @Test
  void roleWordOfACountryNamesThatPartOfTheState() {
    Analysis a = Analyses.of("The president of Kenya met the president of Tanzania in Arusha.");
    assertThat(actor(a, "president of Kenya").code()).isEqualTo("KENGOV");
    assertThat(actor(a, "president of Tanzania").code()).isEqualTo("TZAGOV");
  }

  @Test
  void juntaIsAGovernmentAndMilitaryRulersAreTheMilitary() {
    Analysis a = Analyses.of("Mali's junta and Burkina Faso's military rulers left ECOWAS.");
    assertThat(actor(a, "Mali's junta").code()).isEqualTo("MLIGOV");
    assertThat(actor(a, "Burkina Faso's military").code()).isEqualTo("BFAMIL");
    assertThat(actor(a, "ECOWAS").type()).isEqualTo(ActorType.IGO);
  }

  // ---- organisations and words that look like names ----

  @Test
  void unitedNationsUnAndUDotNAreOneActor() {
    Analysis a = Analyses.of("The United Nations called for a ceasefire. A UN spokesman said the U.N. would send aid.");
    Actor un = actor(a, "United Nations");
    assertThat(actor(a, "UN")).isEqualTo(un);
    assertThat(actor(a, "U.N.")).isEqualTo(un);
    assertThat(un.code()).isEqualTo("UNO");
    assertThat(un.type()).isEqualTo(ActorType.IGO);
  }

  @Test
  void africanUnionAndItsAcronymAreOneActor() {
    Analysis a = Analyses.of("The African Union suspended Mali. The AU said it would review the decision. ECOWAS agreed.");
    assertThat(actor(a, "AU")).isEqualTo(actor(a, "African Union"));
    assertThat(actor(a, "AU").code()).isEqualTo("AFU");
    assertThat(actor(a, "Mali").code()).isEqualTo("MLIGOV");
  }

  @Test
  void lowercaseUsIsNotTheUnitedStatesButUsEmbassyIs() {
    Analysis a = Analyses.of("They told us that the shelling had stopped. The US embassy in Kyiv was closed.");
    assertThat(mentioned(a, "us")).isFalse();
    assertThat(actor(a, "US embassy").code()).isEqualTo("USAGOV");
    assertThat(a.actors()).hasSize(1);
  }

  @Test
  void capitalisedTurkeyIsAStateButLowercaseTurkeyIsABird() {
    Analysis bird = Analyses.of("Families in Ohio bought a turkey for the holiday.");
    assertThat(bird.actors()).extracting(Actor::country).doesNotContain("TUR");
    assertThat(actor(bird, "Families").code()).as("Ohio is a place in the United States").isEqualTo("USACVL");
    Analysis a = Analyses.of("Turkey's foreign ministry condemned the attack. Ankara summoned the ambassador.");
    Actor turkey = actor(a, "Turkey's foreign ministry");
    assertThat(turkey.code()).isEqualTo("TURGOV");
    assertThat(actor(a, "Ankara")).isEqualTo(turkey);
  }

  @Test
  void lowercaseChinaIsTablewareNotTheState() {
    Analysis a = Analyses.of("She served tea in fine china. China said the tariffs were unfair.");
    assertThat(mentioned(a, "china")).isFalse();
    assertThat(actor(a, "China").code()).isEqualTo("CHNGOV");
  }

  @Test
  void lowercaseTrumpIsACardNotThePresident() {
    Analysis a = Analyses.of("He played his trump card. President Trump said the tariffs would stay.");
    assertThat(mentioned(a, "trump")).isFalse();
    assertThat(actor(a, "President Trump").id()).isEqualTo("donald-trump");
    assertThat(a.actors()).hasSize(1);
  }

  @Test
  void whoInCapitalsIsTheHealthOrganisationButTheQuestionWordIsNot() {
    Analysis a = Analyses.of("The WHO warned of a cholera outbreak in Sudan. Who will pay for the vaccines?");
    assertThat(actor(a, "WHO").type()).isEqualTo(ActorType.IGO);
    assertThat(mentioned(a, "Who")).isFalse();
  }

  @Test
  void unknownOrganisationFoundByNerBecomesAnActor() {
    Analysis a = Analyses.of("The Sahel Liberation Front claimed responsibility for the attack in northern Mali.");
    Actor front = actor(a, "Sahel Liberation Front");
    assertThat(front.id()).isEqualTo("sahel-liberation-front");
    assertThat(front.type()).isEqualTo(ActorType.ORGANIZATION);
    assertThat(front.code()).isNotBlank();
    assertThat(actor(a, "Mali").code()).isEqualTo("MLIGOV");
  }

  @Test
  void universityNamedAfterACapitalIsEducationInThatCountry() {
    Actor ankara = actor(Analyses.of("Ankara University students protested against the arrests."), "Ankara University");
    assertThat(ankara.type()).isEqualTo(ActorType.EDUCATION);
    assertThat(ankara.country()).isEqualTo("TUR");
    assertThat(ankara.code()).isEqualTo("TUREDU");
    Actor nairobi = actor(Analyses.of("Nairobi University staff joined the strike."), "Nairobi University");
    assertThat(nairobi.type()).isEqualTo(ActorType.EDUCATION);
    assertThat(nairobi.code()).isEqualTo("KENEDU");
  }

  @Test
  void universityOfACapitalIsEducationInThatCountry() {
    Actor dakar = actor(Analyses.of("Researchers at the University of Dakar disagreed with the count."), "University of Dakar");
    assertThat(dakar.type()).isEqualTo(ActorType.EDUCATION);
    assertThat(dakar.country()).isEqualTo("SEN");
    assertThat(dakar.code()).isEqualTo("SENEDU");
  }

  @Test
  @Disabled("known limitation: CoreNLP tags 'Dakar' LOCATION and 'University' O here; NerNameFinder drops a LOCATION whose "
      + "last word is no organisation head and does not extend it over the following 'University', and the capital "
      + "before a noun is no actor, so the sentence yields no actor at all")
  void universityWhoseHeadWordNerLeftOutIsStillAnActor() {
    Actor dakar = actor(Analyses.of("Students at Dakar University protested."), "Dakar University");
    assertThat(dakar.type()).isEqualTo(ActorType.EDUCATION);
    assertThat(dakar.country()).isEqualTo("SEN");
  }

  @Test
  @Disabled("known limitation: DictionaryMatcher takes a bare country name as the state's government before NER runs, "
      + "so the 'Kenya' of 'Kenya Human Rights Commission' becomes KENGOV and the NER organisation overlapping it is dropped")
  void countryNameInsideAnOrganisationsNameIsNotTheState() {
    Analysis a = Analyses.of("Grace Njeri, who heads the Kenya Human Rights Commission, said the arrests were illegal.");
    assertThat(mentioned(a, "Kenya")).isFalse();
    assertThat(actor(a, "Kenya Human Rights Commission").type()).isNotEqualTo(ActorType.STATE);
  }

  // ---- people ----

  @Test
  void newPersonGetsAffiliationCountryAndTitleFromApposition() {
    Analysis a = Analyses.of("Amina Diallo, a researcher at Dakar University, said the vote was fair.");
    Actor diallo = actor(a, "Amina Diallo");
    Actor university = actor(a, "Dakar University");
    assertThat(diallo.type()).isEqualTo(ActorType.PERSON);
    assertThat(diallo.affiliation()).isEqualTo(university.id());
    assertThat(diallo.country()).isEqualTo("SEN");
    assertThat(diallo.title()).isEqualTo("researcher");
    assertThat(diallo.code()).isEqualTo("SENEDU");
  }

  @Test
  void surnameAndTitledSurnameAreTheSamePerson() {
    Analysis a = Analyses.of("Amina Diallo, a researcher at the University of Dakar, said the vote was fair. "
        + "Diallo added that turnout was high. Dr. Diallo has studied elections for a decade.");
    Actor diallo = actor(a, "Amina Diallo");
    assertThat(diallo.mentions()).extracting(Span::text).containsExactly("Amina Diallo", "Diallo", "Diallo");
    assertThat(diallo.affiliation()).isEqualTo(actor(a, "University of Dakar").id());
    assertThat(a.actors()).filteredOn(x -> x.type() == ActorType.PERSON).hasSize(1);
  }

  @Test
  void surnameSharedByTwoPeopleIsNeitherOfThem() {
    Analysis a = Analyses.of("Amina Diallo spoke first. Moussa Diallo replied. Diallo later left the room.");
    Actor amina = actor(a, "Amina Diallo");
    Actor moussa = actor(a, "Moussa Diallo");
    assertThat(amina.id()).isNotEqualTo(moussa.id());
    assertThat(actorsMentioned(a, "Diallo")).doesNotContain(amina, moussa);
  }

  @Test
  void groupBeforeTitleAndNameIsThePersonsAffiliation() {
    Analysis a = Analyses.of("Hezbollah commander Ali Karaki was killed in the strike. Karaki had led the southern front.");
    Actor karaki = actor(a, "Ali Karaki");
    assertThat(actor(a, "Karaki")).isEqualTo(karaki);
    assertThat(karaki.affiliation()).isEqualTo("hezbollah");
    assertThat(karaki.code()).isEqualTo("HEZBOLLAH");
    assertThat(karaki.title()).isEqualTo("commander");
    assertThat(karaki.country()).isEqualTo("LBN");
  }

  @Test
  void aTitleDoesNotStartInsideTheGroupsName() {
    // "Army commander" is a title, but here "Army" ends the name "Arakan Army".
    Actor han = actor(Analyses.of("Senior Arakan Army commander Kyaw Han was captured near Sittwe."), "Kyaw Han");
    assertThat(han.affiliation()).isEqualTo("arakan-army");
    assertThat(han.code()).isEqualTo("ARAKAN");
    assertThat(han.title()).isEqualTo("commander");
  }

  @Test
  void statePartBeforeTitleGivesThePersonItsCountryAndRole() {
    Actor adejobi = actor(Analyses.of("Nigerian police spokesman Olumuyiwa Adejobi said the suspects had been arrested."),
        "Olumuyiwa Adejobi");
    assertThat(adejobi.country()).isEqualTo("NGA");
    assertThat(adejobi.role()).isEqualTo("COP");
    assertThat(adejobi.code()).isEqualTo("NGACOP");
    assertThat(adejobi.title()).isEqualTo("spokesman");
  }

  @Test
  void appositionNamingAStatePartGivesThePersonItsCountryAndRole() {
    Actor okafor = actor(Analyses.of("Samuel Okafor, a spokesman for the Nigerian army, said the town had been retaken."),
        "Samuel Okafor");
    assertThat(okafor.code()).isEqualTo("NGAMIL");
    assertThat(okafor.affiliation()).isNull();
  }

  @Test
  void appositionNamingAnNgoIsThePersonsAffiliation() {
    Actor sow = actor(Analyses.of("Fatou Sow, a lawyer with Amnesty International, said the arrests were illegal."), "Fatou Sow");
    assertThat(sow.affiliation()).isEqualTo("amnesty");
    assertThat(sow.code()).isEqualTo("AMNESTY");
  }

  @Test
  void nameInParenthesesAfterAPersonIsTheSamePerson() {
    Analysis a = Analyses.of("Mamadou Keita (Abu Bakr) led the attack, according to the army.");
    Actor keita = actor(a, "Mamadou Keita");
    assertThat(actor(a, "Abu Bakr")).isEqualTo(keita);
    assertThat(keita.aliases()).contains("Abu Bakr");
    assertThat(a.actors()).hasSize(1);
  }

  @Test
  void nameInParenthesesFollowedByAnotherActorDoesNotBreakTheAnalysis() {
    String text = "Mamadou Keita (Abu Bakr) led the attack in Mali.";
    assertThatCode(() -> Analyses.of(text)).doesNotThrowAnyException();
    Analysis a = Analyses.of(text);
    assertThat(actor(a, "Abu Bakr")).isEqualTo(actor(a, "Mamadou Keita"));
    assertThat(actor(a, "Mali").code()).isEqualTo("MLIGOV");
  }

  @Test
  void dictionaryPersonIsFoundByHisSurnameAlone() {
    Actor putin = actor(Analyses.of("Putin said the talks had failed."), "Putin");
    assertThat(putin.id()).isEqualTo("vladimir-putin");
    assertThat(putin.name()).isEqualTo("Vladimir Putin");
    assertThat(putin.code()).isEqualTo("RUSGOV");
    assertThat(putin.type()).isEqualTo(ActorType.PERSON);
  }

  @Test
  void dictionaryPersonsShortAndLongNamesAreOneActor() {
    Analysis a = Analyses.of("Lula said the Amazon summit was a success. Lula da Silva thanked Colombia for hosting it.");
    Actor lula = actor(a, "Lula");
    assertThat(actor(a, "Lula da Silva")).isEqualTo(lula);
    assertThat(lula.code()).isEqualTo("BRAGOV");
    assertThat(actor(a, "Colombia").code()).isEqualTo("COLGOV");
  }

  @Test
  void stateTitleBeforeANewPersonGivesThePersonItsCountry() {
    Actor ndiaye = actor(Analyses.of("Senegalese Prime Minister Aminata Ndiaye said the debt figures had been hidden."),
        "Aminata Ndiaye");
    assertThat(ndiaye.country()).isEqualTo("SEN");
    assertThat(ndiaye.code()).isEqualTo("SENGOV");
  }

  @Test
  @Disabled("known limitation: a country name that is a first name ('Jordan', 'Chad') is matched by the dictionary as the "
      + "state's government before NER runs; NER's PERSON 'Jordan Mwangi' overlaps it and is dropped. Observed: one "
      + "actor JORGOV with the mention 'Jordan', no person")
  void countryNameUsedAsAFirstNameIsAPerson() {
    Analysis a = Analyses.of("Jordan Mwangi, a nurse in Nairobi, said the clinic had run out of drugs.");
    assertThat(actor(a, "Jordan Mwangi").type()).isEqualTo(ActorType.PERSON);
    assertThat(mentioned(a, "Jordan")).isFalse();
  }

  @Test
  void ordinaryWordThatIsPartOfAKnownNameIsNoPerson() {
    Analysis a = Analyses.of("\"We had frank talks,\" a US official said.");
    assertThat(mentioned(a, "frank")).isFalse();
    assertThat(a.actors()).extracting(Actor::code).containsExactly("USAGOV");
  }

  // ---- references: definite descriptions and pronouns ----

  @Test
  void theGovernmentAfterACountryIsThatCountrysGovernment() {
    Analysis a = Analyses.of("Kenya closed its border. The government said the measure was temporary.");
    assertThat(actor(a, "The government")).isEqualTo(actor(a, "Kenya"));
  }

  @Test
  void theJuntaAfterAJuntaIsThatGovernment() {
    Analysis a = Analyses.of("Myanmar's junta bombed a village in Sagaing. The junta denied that civilians were killed.");
    Actor junta = actor(a, "Myanmar's junta");
    assertThat(junta.code()).isEqualTo("MMRGOV");
    assertThat(actor(a, "The junta")).isEqualTo(junta);
  }

  @Test
  void theRegimeWithNoStateBeforeItIsNoActor() {
    assertThat(Analyses.of("The regime said it would not negotiate.").actors()).isEmpty();
  }

  @Test
  void theGroupAfterAnArmedGroupIsThatGroup() {
    Analysis a = Analyses.of("Al-Shabaab fighters attacked a base in Somalia. The group said it killed 20 soldiers.");
    Actor shabaab = actor(a, "Al-Shabaab");
    assertThat(shabaab.id()).isEqualTo("al-shabaab");
    assertThat(actor(a, "The group")).isEqualTo(shabaab);
    assertThat(actor(a, "Somalia").id()).isNotEqualTo(shabaab.id());
  }

  @Test
  void theGroupAfterAStateStillFindsTheEarlierGroup() {
    Analysis a = Analyses.of("The M23 rebels seized Goma. Rwanda denied backing the group.");
    assertThat(actor(a, "the group")).isEqualTo(actor(a, "M23 rebels"));
    assertThat(actor(a, "Rwanda").code()).isEqualTo("RWAGOV");
  }

  @Test
  void theMovementAfterTheTalibanIsTheTaliban() {
    Analysis a = Analyses.of("The Taliban banned girls from secondary schools. The movement said the ban was temporary.");
    assertThat(actor(a, "The movement")).isEqualTo(actor(a, "Taliban"));
  }

  @Test
  void theGroupAfterANewOrganisationIsThatOrganisation() {
    Analysis a = Analyses.of("The Sahel Liberation Front claimed the attack. The group said it had seized weapons.");
    assertThat(actor(a, "The group")).isEqualTo(actor(a, "Sahel Liberation Front"));
  }

  @Test
  void theGroupWithNoGroupBeforeItIsNoActor() {
    assertThat(Analyses.of("The group said it would continue its campaign. No one else commented.").actors()).isEmpty();
  }

  @Test
  void pronounAfterAPersonIsThatPerson() {
    Analysis a = Analyses.of("President William Ruto met protesters in Nairobi. He promised to withdraw the finance bill.");
    Actor ruto = actor(a, "William Ruto");
    assertThat(ruto.id()).isEqualTo("william-ruto");
    assertThat(actor(a, "He")).isEqualTo(ruto);
  }

  @Test
  void pronounWithNoPersonBeforeItIsNoActor() {
    assertThat(Analyses.of("He promised to withdraw the finance bill.").actors()).isEmpty();
  }

  @Test
  void pronounFarAfterTheLastPersonIsNotResolved() {
    Analysis a = Analyses.of("President William Ruto met protesters in Nairobi.\n\nAnalysts were not convinced. "
        + "A week later, officials met again. Nothing changed. The talks stalled. He said nothing.");
    assertThat(mentioned(a, "He")).isFalse();
  }

  @Test
  @Disabled("known limitation: Coreference links 'the regime' to the LATEST government-like mention, here the object "
      + "'the French ambassador' (GOV role), not the subject of the previous sentence: observed 'The regime' -> FRAGOV")
  void theRegimeIsTheGovernmentThatActedNotAnAmbassadorItExpelled() {
    Analysis a = Analyses.of("Niger's junta expelled the French ambassador. "
        + "The regime said it acted to protect its sovereignty.");
    assertThat(actor(a, "The regime")).isEqualTo(actor(a, "Niger's junta"));
  }

  @Test
  void theMilitaryAfterAStatesArmyIsThatMilitary() {
    Analysis a = Analyses.of("Pakistan's army said five soldiers were killed. "
        + "The military said the attackers came from Afghanistan.");
    assertThat(actor(a, "The military")).isEqualTo(actor(a, "Pakistan's army"));
  }

  // ---- the resolver itself, on an annotated text ----

  @Test
  void referencesAreMarkedAsReferencesAndNamesAreNot() {
    String text = "Kenya closed its border. The government said the measure was temporary.";
    NlpDocument doc = new CoreNlpAnnotator().annotate(text, null);
    ActorSet set = new ActorResolver(new DictionaryIndex(ActorDictionary.loadDefault())).resolve(doc);
    assertThat(set.mentions()).extracting(m -> text.substring(m.start(), m.end()), ActorMention::reference)
        .containsExactly(tuple("Kenya", false), tuple("The government", true));
    assertThat(set.mentions()).extracting(ActorMention::actorId).containsOnly("KENGOV");
  }

  @Test
  void everyMentionSpanPointsIntoTheOriginalText() {
    String text = "Kenya’s  government said on Monday that  Nairobi would not yield.\n\nThe government of Kenya "
        + "and Ugandan troops met; Hezbollah commander Ali Karaki was not there.";
    Analysis a = Analyses.of(text);
    assertThat(a.actors()).isNotEmpty();
    for (Actor actor : a.actors()) {
      for (Span m : actor.mentions()) {
        assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
      }
    }
  }

  // ---- places: evidence of a state, never actors ----

  @Test
  void peopleKilledInTheGazaStripArePalestinianCivilians() {
    Analysis a = Analyses.of("Israeli air strikes killed at least 18 people in the central Gaza Strip");
    assertThat(actor(a, "people").code()).isEqualTo("PSECVL");
    assertThat(actor(a, "Israeli air strikes").code()).isEqualTo("ISRMIL");
  }

  @Test
  void journalistsDetainedInACityAreTheirStatesMedia() {
    Analysis a = Analyses.of("Three journalists were detained in Kharkiv");
    assertThat(actor(a, "journalists").code()).isEqualTo("UKRMED");
  }

  @Test
  void aPlaceAloneIsNeverAnActor() {
    assertThat(Analyses.of("Gaza has been under siege for months.").actors()).isEmpty();
    assertThat(Analyses.of("Gaza said the strikes were a war crime.").actors()).isEmpty();
    assertThat(Analyses.of("Fighting resumed in Donetsk and Luhansk on Sunday.").actors()).isEmpty();
  }

  @Test
  void stateNamesInsidePlaceNamesAreNotTheStates() {
    assertThat(Analyses.of("Pakistan-administered Kashmir saw protests.").actors()).isEmpty();
    assertThat(Analyses.of("Tensions rose in the South China Sea.").actors()).isEmpty();
    assertThat(actor(Analyses.of("Voters in New Mexico went to the polls."), "Voters").code()).isEqualTo("USACVL");
    Analysis lake = Analyses.of("Boko Haram fighters attacked soldiers in the Lake Chad region.");
    assertThat(lake.actors()).extracting(Actor::country).doesNotContain("TCD");
  }

  @Test
  void anOrganisationNamedAfterAPlaceStillMatches() {
    Analysis a = Analyses.of("The Gaza Health Ministry said 40 people were killed.");
    assertThat(actor(a, "Gaza Health Ministry").id()).isEqualTo("gaza-health-ministry");
    assertThat(actor(a, "people").code()).isEqualTo("PSECVL");
  }

  @Test
  void aNameBeforeAHyphenSaysWhoOccupiesNotWhere() {
    Analysis a = Analyses.of("Residents fled from Russian-occupied Kherson as shelling intensified.");
    assertThat(actor(a, "Residents").code()).isEqualTo("UKRCVL");
    assertThat(a.actors()).extracting(Actor::country).doesNotContain("RUS");
  }

  @Test
  void settlersBelongToTheStateThatSettlesThemNotToThePlace() {
    Analysis a = Analyses.of("Settlers attacked two villages in the Israeli-occupied West Bank, killing a teenager.");
    assertThat(actor(a, "Settlers").code()).isEqualTo("ISRSET");
  }

  @Test
  void aDemonymAfterTheIsAnAdjectiveNotAPlace() {
    Analysis a = Analyses.of("Jordanian police arrested 16 people during a protest outside the Israeli embassy in Amman.");
    assertThat(actor(a, "people").code()).isEqualTo("JORCVL");
  }

  @Test
  void aPlaceNameInsideAHyphenatedNameIsNoEvidence() {
    Analysis a = Analyses.of("A strike hit a wedding in Tin-Hama, east of Menaka, killing nine civilians.");
    assertThat(actor(a, "civilians").code()).isEqualTo("MLICVL");
  }

  @Test
  void aNewOrganisationNamedAfterAPlaceIsInItsState() {
    Actor university = actor(Analyses.of("Students at Kharkiv University protested against the arrests."),
        "Kharkiv University");
    assertThat(university.country()).isEqualTo("UKR");
    assertThat(university.code()).isEqualTo("UKREDU");
  }

  // ---- helpers ----

  /** The one actor with a mention worded exactly {@code wording}. */
  private static Actor actor(Analysis a, String wording) {
    List<Actor> found = actorsMentioned(a, wording);
    assertThat(found).as("actors with a mention '%s' in %s", wording, summary(a)).hasSize(1);
    return found.get(0);
  }

  private static List<Actor> actorsMentioned(Analysis a, String wording) {
    return a.actors().stream().filter(x -> x.mentions().stream().anyMatch(m -> m.text().equals(wording))).toList();
  }

  private static boolean mentioned(Analysis a, String wording) {
    return !actorsMentioned(a, wording).isEmpty();
  }

  private static List<String> summary(Analysis a) {
    return a.actors().stream().map(x -> x.id() + "/" + x.code() + x.mentions().stream().map(Span::text).toList()).toList();
  }
}
