package org.dyad.events.arguments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.actors.ActorMention;
import org.dyad.actors.ActorSet;
import org.dyad.events.EventCoder;
import org.dyad.events.NewsParses;
import org.dyad.events.trigger.LexiconEntry;
import org.dyad.events.trigger.Trigger;
import org.dyad.model.Actor;
import org.dyad.model.ActorType;
import org.dyad.nlp.Conllu;
import org.dyad.nlp.Sentence;
import org.junit.jupiter.api.Test;

/**
 * Who did it to whom, on hand-written parses (the shape CoreNLP 4.5.10's English UD parser gives);
 * no parser runs here. Each case names the rule that must decide, so a rule that stops firing, or an
 * earlier one that starts taking its cases, fails here first.
 */
class ArgumentRulesTest {
  private static final Map<String, String> STATES = Map.of("French", "FRA", "Mexican", "MEX", "Saudi", "SAU", "Israeli", "ISR",
      "Moscow", "RUS");
  private static final ArgumentFinder FINDER = new ArgumentFinder(name -> Optional.ofNullable(STATES.get(name)));

  private static final String REJECTED_PROPOSAL = """
      # text = Hezbollah rejected a French proposal.
      1 Hezbollah _      _ NNP _ 2 nsubj _ NER=ORGANIZATION
      2 rejected  reject _ VBD _ 0 root  _ _
      3 a         _      _ DT  _ 5 det   _ _
      4 French    _      _ JJ  _ 5 amod  _ NER=MISC
      5 proposal  _      _ NN  _ 2 obj   _ SpaceAfter=No
      6 .         _      _ .   _ 2 punct _ _
      """;

  @Test
  void anObjectMarkedByAStatesAdjectiveIsAimedAtThatState() {
    // a proposal is something a state sends: its government's (cues set sent-from)
    Sentence s = Conllu.sentence(REJECTED_PROPOSAL);
    ActorSet actors = actors(s, "HEZBOLLAH:Hezbollah:LBN");

    Arguments a = FINDER.find(s, trigger(s, "rejected", "120"), actors);

    assertThat(a.sources()).containsExactly("HEZBOLLAH");
    assertThat(a.targets()).containsExactly("FRAGOV");
    assertThat(a.rules()).containsExactly("subject", "object-state");
  }

  @Test
  void theStatesGovernmentWhenTheArticleNamesIt() {
    Sentence s = Conllu.sentence(REJECTED_PROPOSAL);
    ActorSet actors = withActor(actors(s, "HEZBOLLAH:Hezbollah:LBN"), "FRAGOV", "FRA");

    assertThat(FINDER.find(s, trigger(s, "rejected", "120"), actors).targets()).containsExactly("FRAGOV");
  }

  private static final String BEAT_THEM = """
      # text = Protesters marched and police beat them.
      1 Protesters protester _ NNS _ 2 nsubj    _ _
      2 marched    march     _ VBD _ 0 root     _ _
      3 and        _         _ CC  _ 5 cc       _ _
      4 police     _         _ NN  _ 5 nsubj    _ _
      5 beat       _         _ VBD _ 2 conj:and _ _
      6 them       they      _ PRP _ 5 obj      _ SpaceAfter=No
      7 .          _         _ .   _ 2 punct    _ _
      """;

  @Test
  void themIsTheNearestPluralActorBeforeItThatIsNotTheSource() {
    Sentence s = Conllu.sentence(BEAT_THEM);
    ActorSet actors = actors(s, "TGOCVL:Protesters:TGO", "TGOCOP:police:TGO");

    Arguments a = FINDER.find(s, trigger(s, "beat", "182"), actors);

    assertThat(a.sources()).containsExactly("TGOCOP");
    assertThat(a.targets()).containsExactly("TGOCVL");
    assertThat(a.rules()).containsExactly("subject", "them-antecedent");
  }

  @Test
  void themWithNoPluralActorBeforeItFindsNoTarget() {
    Sentence s = Conllu.sentence(BEAT_THEM);
    ActorSet actors = actors(s, "TGOCOP:police:TGO");

    assertThat(FINDER.find(s, trigger(s, "beat", "182"), actors).targets()).isEmpty();
  }

  @Test
  void aSwitchedOffRuleDecidesNothing() {
    Sentence s = Conllu.sentence(REJECTED_PROPOSAL);
    ArgumentFinder without = new ArgumentFinder(name -> Optional.ofNullable(STATES.get(name)), Set.of("object-state"));

    Arguments a = without.find(s, trigger(s, "rejected", "120"), actors(s, "HEZBOLLAH:Hezbollah:LBN"));

    assertThat(a.targets()).isEmpty();
    assertThat(a.rules()).containsExactly("subject");
  }

  @Test
  void theStateOfWhatAnObjectIsAimedAtCounts() {
    Sentence s = Conllu.sentence("""
        # text = Washington imposed tariffs on Mexican goods.
        1 Washington _      _ NNP _ 2 nsubj   _ NER=LOCATION
        2 imposed    impose _ VBD _ 0 root    _ _
        3 tariffs    tariff _ NNS _ 2 obj     _ _
        4 on         _      _ IN  _ 6 case    _ _
        5 Mexican    _      _ JJ  _ 6 amod    _ NER=MISC
        6 goods      _      _ NNS _ 3 nmod:on _ SpaceAfter=No
        7 .          _      _ .   _ 2 punct   _ _
        """);

    Arguments a = FINDER.find(s, trigger(s, "imposed", "163"), actors(s, "USAGOV:Washington:USA"));

    assertThat(a.targets()).containsExactly("MEX");
  }

  @Test
  void aVisitToAStatesPlaceIsAimedAtThatStatesGovernment() {
    Sentence s = Conllu.sentence("""
        # text = Modi arrived in Moscow.
        1 Modi    _      _ NNP _ 2 nsubj   _ NER=PERSON
        2 arrived arrive _ VBD _ 0 root    _ _
        3 in      _      _ IN  _ 4 case    _ _
        4 Moscow  _      _ NNP _ 2 obl:in  _ NER=CITY|SpaceAfter=No
        5 .       _      _ .   _ 2 punct   _ _
        """);
    ActorSet actors = actors(s, "INDGOV:Modi:IND");

    assertThat(FINDER.find(s, trigger(s, "arrived", "042"), actors).targets()).containsExactly("RUSGOV");
    assertThat(FINDER.find(s, trigger(s, "arrived", "040"), actors).targets())
        .as("where a meeting is held names no party to it").isEmpty();
  }

  @Test
  void theEventNounARowNamesCarriesWhomTheActIsWith() {
    Sentence s = Conllu.sentence("""
        # text = Nigerian troops engaged in a firefight with Boko Haram militants.
        1 Nigerian  _         _ JJ  _ 2 amod       _ NER=NATIONALITY
        2 troops    troop     _ NNS _ 3 nsubj      _ _
        3 engaged   engage    _ VBD _ 0 root       _ _
        4 in        _         _ IN  _ 6 case       _ _
        5 a         _         _ DT  _ 6 det        _ _
        6 firefight firefight _ NN  _ 3 obl:in     _ _
        7 with      _         _ IN  _ 10 case      _ _
        8 Boko      _         _ NNP _ 9 compound   _ NER=ORGANIZATION
        9 Haram     _         _ NNP _ 10 compound  _ NER=ORGANIZATION
        10 militants militant _ NNS _ 6 nmod:with  _ SpaceAfter=No
        11 .        _         _ .   _ 3 punct      _ _
        """);
    ActorSet actors = actors(s, "NGAMIL:Nigerian troops:NGA", "BOKOHARAM:Boko Haram:");
    Trigger firefight = new Trigger(s.index(), Conllu.indexOf(s, "engaged"),
        new LexiconEntry("engage", Map.of("prep", Set.of("in"), "obj", Set.of("firefight")), "190"), false);

    Arguments a = FINDER.find(s, firefight, actors);

    assertThat(a.targets()).containsExactly("BOKOHARAM");
    assertThat(a.rules()).containsExactly("subject", "event-noun-oblique");
  }

  @Test
  void aLedCompoundNamesTheStateThatLeads() {
    Sentence s = Conllu.sentence("""
        # text = The Houthis attacked a Saudi-led convoy.
        1 The       _      _ DT  _ 2 det   _ _
        2 Houthis   _      _ NNPS _ 3 nsubj _ NER=ORGANIZATION
        3 attacked  attack _ VBD _ 0 root  _ _
        4 a         _      _ DT  _ 6 det   _ _
        5 Saudi-led _      _ JJ  _ 6 amod  _ _
        6 convoy    _      _ NN  _ 3 obj   _ SpaceAfter=No
        7 .         _      _ .   _ 3 punct _ _
        """);

    Arguments a = FINDER.find(s, trigger(s, "attacked", "190"), actors(s, "HOUTHI:Houthis:YEM"));

    assertThat(a.targets()).containsExactly("SAU");
  }

  @Test
  void aStatesOwnThingsAreNoTargetOfItsOwn() {
    Sentence s = Conllu.sentence("""
        # text = Israeli police arrested Israeli settlers.
        1 Israeli  _      _ JJ  _ 2 amod  _ NER=MISC
        2 police   _      _ NN  _ 3 nsubj _ _
        3 arrested arrest _ VBD _ 0 root  _ _
        4 Israeli  _      _ JJ  _ 5 amod  _ NER=MISC
        5 settlers settler _ NNS _ 3 obj  _ SpaceAfter=No
        6 .        _      _ .   _ 3 punct _ _
        """);

    Arguments a = FINDER.find(s, trigger(s, "arrested", "173"), actors(s, "ISRCOP:Israeli police:ISR"));

    assertThat(a.sources()).containsExactly("ISRCOP");
    assertThat(a.targets()).isEmpty();
  }

  private static final String FIRED_TO_DISPERSE = """
      # text = Police fired tear gas to disperse the protesters.
      1 Police     _        _ NNS _ 2 nsubj _ _
      2 fired      fire     _ VBD _ 0 root  _ _
      3 tear       _        _ JJ  _ 4 amod  _ _
      4 gas        _        _ NN  _ 2 obj   _ _
      5 to         _        _ TO  _ 6 mark  _ _
      6 disperse   disperse _ VB  _ 2 xcomp _ _
      7 the        _        _ DT  _ 8 det   _ _
      8 protesters protester _ NNS _ 6 obj  _ SpaceAfter=No
      9 .          _        _ .   _ 2 punct _ _
      """;

  @Test
  void anActDoneForAPurposeIsAimedAtWhomThePurposeIs() {
    Sentence s = Conllu.sentence(FIRED_TO_DISPERSE);
    ActorSet actors = actors(s, "TGOCOP:Police:TGO", "TGOCVL:protesters:TGO");

    Arguments a = FINDER.find(s, trigger(s, "fired", "175"), actors);

    assertThat(a.targets()).containsExactly("TGOCVL");
    assertThat(a.rules()).containsExactly("subject", "purpose");
  }

  @Test
  void aVerbsOwnInfinitiveIsNoPurpose() {
    Sentence s = Conllu.sentence("""
        # text = Japan pledged to support Korea.
        1 Japan   _       _ NNP _ 2 nsubj _ NER=LOCATION
        2 pledged pledge  _ VBD _ 0 root  _ _
        3 to      _       _ TO  _ 4 mark  _ _
        4 support _       _ VB  _ 2 xcomp _ _
        5 Korea   _       _ NNP _ 4 obj   _ NER=LOCATION|SpaceAfter=No
        6 .       _       _ .   _ 2 punct _ _
        """);

    Arguments a = FINDER.find(s, trigger(s, "pledged", "030"), actors(s, "JPNGOV:Japan:JPN", "KORGOV:Korea:KOR"));

    assertThat(a.targets()).isEmpty();
  }

  @Test
  void anIneligibleActorLeavesTheRoleToTheNextRule() {
    Sentence s = Conllu.sentence("""
        # text = Iran accused Britain at the UN.
        1 Iran    _      _ NNP _ 2 nsubj  _ NER=LOCATION
        2 accused accuse _ VBD _ 0 root   _ _
        3 Britain _      _ NNP _ 2 obj    _ NER=LOCATION
        4 at      _      _ IN  _ 6 case   _ _
        5 the     _      _ DT  _ 6 det    _ _
        6 UN      _      _ NNP _ 2 obl:at _ NER=ORGANIZATION|SpaceAfter=No
        7 .       _      _ .   _ 2 punct  _ _
        """);
    ActorSet actors = actors(s, "IRNGOV:Iran:IRN", "GBRGOV:Britain:GBR", "UNO:UN:");

    assertThat(FINDER.find(s, trigger(s, "accused", "112"), actors).rules()).containsExactly("subject", "object");
    Arguments a = FINDER.find(s, trigger(s, "accused", "112"), actors, id -> !id.equals("GBRGOV"));

    assertThat(a.targets()).containsExactly("UNO");
    assertThat(a.rules()).containsExactly("subject", "oblique");
  }

  private static final String CLAIMED_BOMBING = """
      # text = The Islamic State claimed responsibility for a bombing that killed 11 soldiers.
      1  The            _       _ DT  _ 3  det          _ _
      2  Islamic        _       _ NNP _ 3  compound     _ NER=ORGANIZATION
      3  State          _       _ NNP _ 4  nsubj        _ NER=ORGANIZATION
      4  claimed        claim   _ VBD _ 0  root         _ _
      5  responsibility _       _ NN  _ 4  obj          _ _
      6  for            _       _ IN  _ 8  case         _ _
      7  a              _       _ DT  _ 8  det          _ _
      8  bombing        _       _ NN  _ 5  nmod:for     5:nmod:for|10:nsubj _
      9  that           _       _ WDT _ 8  ref          _ _
      10 killed         kill    _ VBD _ 8  acl:relcl    _ _
      11 11             _       _ CD  _ 12 nummod       _ _
      12 soldiers       soldier _ NNS _ 10 obj          _ SpaceAfter=No
      13 .              _       _ .   _ 4  punct        _ _
      """;

  @Test
  void whoClaimsResponsibilityForAnAttackDidIt() {
    Sentence s = Conllu.sentence(CLAIMED_BOMBING);
    ActorSet actors = actors(s, "ISIL:Islamic State:", "SYRMIL:soldiers:SYR");

    Arguments killed = FINDER.find(s, trigger(s, "killed", "1823"), actors);
    Arguments bombing = FINDER.find(s, trigger(s, "bombing", "183"), actors);

    assertThat(killed.sources()).containsExactly("ISIL");
    assertThat(killed.targets()).containsExactly("SYRMIL");
    assertThat(killed.rules()).containsExactly("responsibility-claimer", "object");
    assertThat(bombing.sources()).containsExactly("ISIL");
    assertThat(bombing.rules()).containsExactly("responsibility-claimer", "acl-object");
  }

  @Test
  void aClaimOfResponsibilityIsAimedAtWhomTheAttackWas() {
    Sentence s = Conllu.sentence(CLAIMED_BOMBING);
    ActorSet actors = actors(s, "ISIL:Islamic State:", "SYRMIL:soldiers:SYR");

    Arguments claimed = FINDER.find(s, trigger(s, "claimed", "015"), actors);

    assertThat(claimed.targets()).containsExactly("SYRMIL");
    assertThat(claimed.rules()).containsExactly("subject", "claimed-attack-target");
  }

  @Test
  void aGerundTheParserMakesAnAdjectiveOfItsObjectIsTheAccusedsAct() {
    Sentence s = Conllu.sentence(NewsParses.ACCUSED_OF_KILLING);
    ActorSet actors = actors(s, "HRGROUPS:Rights groups:", "SDNMIL:army:SDN", "SDNCVL:civilians:SDN");

    Arguments killing = FINDER.find(s, trigger(s, "killing", "1823"), actors);

    assertThat(killing.sources()).containsExactly("SDNMIL");
    assertThat(killing.targets()).containsExactly("SDNCVL");
    assertThat(killing.rules()).containsExactly("gerund-of", "gerund-of-patient");
  }

  private static final String SAID_IT_STRUCK = """
      # text = Israel said it had struck Hamas positions.
      1 Israel    _      _ NNP _ 2 nsubj  _ NER=LOCATION
      2 said      say    _ VBD _ 0 root   _ _
      3 it        _      _ PRP _ 5 nsubj  _ _
      4 had       have   _ VBD _ 5 aux    _ _
      5 struck    strike _ VBN _ 2 ccomp  _ _
      6 Hamas     _      _ NNP _ 7 compound _ NER=ORGANIZATION
      7 positions position _ NNS _ 5 obj _ SpaceAfter=No
      8 .         _      _ .   _ 2 punct  _ _
      """;

  @Test
  void aPronounSubjectIsTheActorOfTheClauseThatReportsIt() {
    Sentence s = Conllu.sentence(SAID_IT_STRUCK);
    ActorSet actors = actors(s, "ISRGOV:Israel:ISR", "HAMAS:Hamas:PSE");

    Arguments a = FINDER.find(s, trigger(s, "struck", "190"), actors);

    assertThat(a.sources()).containsExactly("ISRGOV");
    assertThat(a.targets()).containsExactly("HAMAS");
    assertThat(a.rules()).containsExactly("pronoun-subject", "object");
  }

  @Test
  void aPronounThatDisagreesWithTheReporterIsNotTakenForIt() {
    Sentence s = Conllu.sentence(SAID_IT_STRUCK.replace("Israel said", "Israelis said")
        .replace("1 Israel    _      _ NNP", "1 Israelis  _      _ NNPS"));
    ActorSet actors = actors(s, "ISRCVL:Israelis:ISR", "HAMAS:Hamas:PSE");

    assertThat(FINDER.find(s, trigger(s, "struck", "190"), actors).sources()).isEmpty();
  }

  @Test
  void whomAVerbBlamesForAnActIsItsDoer() {
    Sentence s = Conllu.sentence("""
        # text = Egypt condemned Israel for bombing Hamas.
        1 Egypt     _       _ NNP _ 2 nsubj  _ NER=LOCATION
        2 condemned condemn _ VBD _ 0 root   _ _
        3 Israel    _       _ NNP _ 2 obj    _ NER=LOCATION
        4 for       _       _ IN  _ 5 case   _ _
        5 bombing   bomb    _ VBG _ 2 advcl:for _ _
        6 Hamas     _       _ NNP _ 5 obj    _ NER=ORGANIZATION|SpaceAfter=No
        7 .         _       _ .   _ 2 punct  _ _
        """);
    ActorSet actors = actors(s, "EGYGOV:Egypt:EGY", "ISRGOV:Israel:ISR", "HAMAS:Hamas:PSE");

    Arguments a = FINDER.find(s, trigger(s, "bombing", "195"), actors);

    assertThat(a.sources()).containsExactly("ISRGOV");
    assertThat(a.targets()).containsExactly("HAMAS");
    assertThat(a.rules()).containsExactly("inherited-subject", "object");
  }

  @Test
  void everyRuleOfAChainIsListed() {
    assertThat(ArgumentFinder.RULES).doesNotHaveDuplicates()
        .contains("subject", "object", "oblique", "object-state", "purpose", "governing-subject");
    assertThat(EventCoder.RULES).containsAll(ArgumentFinder.RULES).contains("reciprocal", "implicit-agent");
  }

  @Test
  void aMediationIsAimedAtThePartiesOfTheClauseItsTalksBelongTo() {
    Sentence s = Conllu.sentence("""
        # text = The Congolese government and the M23 rebels declared a truce after talks mediated by Qatar.
        1  The        _        _ DT  _ 3  det         _ _
        2  Congolese  _        _ JJ  _ 3  amod        _ NER=MISC
        3  government _        _ NN  _ 8  nsubj       _ _
        4  and        _        _ CC  _ 7  cc          _ _
        5  the        _        _ DT  _ 7  det         _ _
        6  M23        _        _ NN  _ 7  compound    _ _
        7  rebels     rebel    _ NNS _ 3  conj        3:conj:and|8:nsubj _
        8  declared   declare  _ VBD _ 0  root        _ _
        9  a          _        _ DT  _ 10 det         _ _
        10 truce      _        _ NN  _ 8  obj         _ _
        11 after      _        _ IN  _ 13 mark        _ _
        12 talks      talk     _ NNS _ 13 nsubj       _ _
        13 mediated   mediate  _ VBN _ 8  advcl:after _ _
        14 by         _        _ IN  _ 15 case        _ _
        15 Qatar      _        _ NNP _ 13 obl:by      _ NER=LOCATION|SpaceAfter=No
        16 .          _        _ .   _ 8  punct       _ _
        """);
    ActorSet actors = actors(s, "CODGOV:Congolese government:COD", "M23:M23 rebels:COD", "QATGOV:Qatar:QAT");

    Arguments a = FINDER.find(s, trigger(s, "mediated", "045"), actors);

    assertThat(a.sources()).containsExactly("QATGOV");
    assertThat(a.targets()).containsExactly("CODGOV", "M23");
    assertThat(a.rules()).containsExactly("by-agent", "mediated-parties");
  }

  private static final String MEDIATED_TALKS = """
      # text = Serbian and Kosovar negotiators resumed EU-mediated talks.
      1 Serbian     _         _ JJ   _ 4 amod     _ NER=MISC
      2 and         _         _ CC   _ 3 cc       _ _
      3 Kosovar     _         _ JJ   _ 1 conj     1:conj:and|4:amod _
      4 negotiators negotiator _ NNS _ 5 nsubj    _ _
      5 resumed     resume    _ VBD  _ 0 root     _ _
      6 EU          _         _ NNP  _ 8 obl      _ NER=MISC|SpaceAfter=No
      7 -           _         _ HYPH _ 8 punct    _ SpaceAfter=No
      8 mediated    mediate   _ VBN  _ 9 amod     _ _
      9 talks       talk      _ NNS  _ 5 obj      _ SpaceAfter=No
      10 .          _         _ .    _ 5 punct    _ _
      """;

  @Test
  void theNameHyphenedToAParticipleIsItsDoerAndTheTalksPartiesItsTargets() {
    Sentence s = Conllu.sentence(MEDIATED_TALKS);
    ActorSet actors = actors(s, "SRBGOV:Serbian:SRB", "XKXGOV:Kosovar negotiators:XKX", "EUR:EU:");

    Arguments a = FINDER.find(s, trigger(s, "mediated", "045"), actors);

    assertThat(a.sources()).containsExactly("EUR");
    assertThat(a.targets()).containsExactly("SRBGOV", "XKXGOV");
    assertThat(a.rules()).containsExactly("hyphen-agent", "mediated-parties");
  }

  @Test
  void aGoBetweenIsNoPartyToTheTalksItMediates() {
    Sentence s = Conllu.sentence(MEDIATED_TALKS);
    ActorSet actors = actors(s, "SRBGOV:Serbian:SRB", "XKXGOV:Kosovar negotiators:XKX", "EUR:EU:");

    Arguments a = FINDER.find(s, trigger(s, "resumed", "046"), actors);

    assertThat(a.targets()).doesNotContain("EUR");
  }

  @Test
  void aKillingParticipleAfterAStrikeNamesWhomItHit() {
    Sentence s = Conllu.sentence("""
        # text = The military carried out air strikes on two villages, killing 21 civilians.
        1  The       _        _ DT  _ 2  det          _ _
        2  military  _        _ NN  _ 3  nsubj        _ _
        3  carried   carry    _ VBD _ 0  root         _ _
        4  out       _        _ RP  _ 3  compound:prt _ _
        5  air       _        _ NN  _ 6  compound     _ _
        6  strikes   strike   _ NNS _ 3  obj          _ _
        7  on        _        _ IN  _ 9  case         _ _
        8  two       _        _ CD  _ 9  nummod       _ _
        9  villages  village  _ NNS _ 3  obl:on       _ SpaceAfter=No
        10 ,         _        _ ,   _ 3  punct        _ _
        11 killing   kill     _ VBG _ 3  dep          _ _
        12 21        _        _ CD  _ 13 nummod       _ _
        13 civilians civilian _ NNS _ 11 obj          _ SpaceAfter=No
        14 .         _        _ .   _ 3  punct        _ _
        """);
    ActorSet actors = actors(s, "MMRMIL:military:MMR", "MMRCVL:civilians:MMR");

    Arguments a = FINDER.find(s, trigger(s, "carried", "195"), actors);

    assertThat(a.targets()).containsExactly("MMRCVL");
    assertThat(a.targetRule()).isEqualTo("consequence-patient");
  }

  @Test
  void aPostureAnswersTheForeignActorOfTheClauseBeforeIt() {
    Sentence s = Conllu.sentence("""
        # text = China launched drills around the island, and Taiwan put its forces on alert.
        1  China    _      _ NNP  _ 2  nsubj     _ NER=LOCATION
        2  launched launch _ VBD  _ 0  root      _ _
        3  drills   drill  _ NNS  _ 2  obj       _ _
        4  around   _      _ IN   _ 6  case      _ _
        5  the      _      _ DT   _ 6  det       _ _
        6  island   _      _ NN   _ 2  obl:around _ SpaceAfter=No
        7  ,        _      _ ,    _ 10 punct     _ _
        8  and      _      _ CC   _ 10 cc        _ _
        9  Taiwan   _      _ NNP  _ 10 nsubj     _ NER=LOCATION
        10 put      _      _ VBD  _ 2  conj:and  _ _
        11 its      _      _ PRP$ _ 12 nmod:poss _ _
        12 forces   force  _ NNS  _ 10 obj       _ _
        13 on       _      _ IN   _ 14 case      _ _
        14 alert    _      _ NN   _ 10 obl:on    _ SpaceAfter=No
        15 .        _      _ .    _ 2  punct     _ _
        """);
    ActorSet actors = actors(s, "CHNGOV:China:CHN", "TWNGOV:Taiwan:TWN");

    Arguments a = FINDER.find(s, trigger(s, "put", "152"), actors);

    assertThat(a.sources()).containsExactly("TWNGOV");
    assertThat(a.targets()).containsExactly("CHNGOV");
    assertThat(a.targetRule()).isEqualTo("answered-clause");
  }

  private static Trigger trigger(Sentence s, String word, String cameo) {
    int token = Conllu.indexOf(s, word);
    return new Trigger(s.index(), token, new LexiconEntry(s.token(token).lemma(), Map.of(), cameo), s.token(token).isNoun());
  }

  /** Actors as "ID:words:country", each mentioned where its words first stand in the sentence. */
  private static ActorSet actors(Sentence s, String... specs) {
    List<Actor> actors = new ArrayList<>();
    List<ActorMention> mentions = new ArrayList<>();
    for (String spec : specs) {
      String[] p = spec.split(":", -1);
      String[] words = p[1].split(" ");
      int first = Conllu.indexOf(s, words[0]);
      int last = first + words.length - 1;
      actors.add(actor(p[0], p[2].isEmpty() ? null : p[2]));
      mentions.add(new ActorMention(p[0], s.index(), first, last, s.token(first).start(), s.token(last).end(), false));
    }
    return new ActorSet(actors, mentions);
  }

  private static ActorSet withActor(ActorSet set, String id, String country) {
    List<Actor> actors = new ArrayList<>(set.actors());
    actors.add(actor(id, country));
    return new ActorSet(actors, set.mentions());
  }

  private static Actor actor(String id, String country) {
    return new Actor(id, id, id, ActorType.STATE, country, null, null, null, List.of(), List.of());
  }
}
