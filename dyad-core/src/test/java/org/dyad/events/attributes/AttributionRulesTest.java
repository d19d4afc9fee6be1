package org.dyad.events.attributes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.events.EventCoder;
import org.dyad.events.NewsParses;
import org.dyad.events.rules.RuleChain;
import org.dyad.events.trigger.Trigger;
import org.dyad.model.ActorRef;
import org.dyad.model.Event;
import org.dyad.model.Quote;
import org.dyad.nlp.Conllu;
import org.dyad.nlp.NlpDocument;
import org.dyad.nlp.Sentence;
import org.junit.jupiter.api.Test;

/**
 * Who claims an event, on hand-written parses: each is what dyad's CoreNLP 4.5.10 pipeline gave for its
 * sentence (English UD, enhanced++), checked once against it. No parser runs here, so a model upgrade
 * that parses these sentences otherwise leaves these tests alone.
 */
class AttributionRulesTest {
  private static final Attribution ATTRIBUTION = new Attribution();

  private static final String ARMY_SAID = """
      # text = The Sudanese army said its soldiers captured a rebel base near Kadugli.
      1  The      the     _ DT   _ 3  det       _ _
      2  Sudanese _       _ JJ   _ 3  amod      _ NER=MISC
      3  army     _       _ NN   _ 4  nsubj     _ _
      4  said     say     _ VBD  _ 0  root      _ _
      5  its      _       _ PRP$ _ 6  nmod:poss _ _
      6  soldiers soldier _ NNS  _ 7  nsubj     _ _
      7  captured capture _ VBD  _ 4  ccomp     _ _
      8  a        _       _ DT   _ 10 det       _ _
      9  rebel    _       _ JJ   _ 10 amod      _ _
      10 base     _       _ NN   _ 7  obj       _ _
      11 near     _       _ IN   _ 12 case      _ _
      12 Kadugli  _       _ NNP  _ 10 nmod:near _ NER=LOCATION|SpaceAfter=No
      13 .        _       _ .    _ 4  punct     _ _
      """;

  private static final String OFFICIALS_SAID = """
      # text = Gunmen abducted 20 students from a school in Zamfara, police officials said.
      1  Gunmen    gunman   _ NNS _ 2  nsubj    _ _
      2  abducted  abduct   _ VBD _ 13 ccomp    _ _
      3  20        _        _ CD  _ 4  nummod   _ _
      4  students  student  _ NNS _ 2  obj      _ _
      5  from      _        _ IN  _ 7  case     _ _
      6  a         _        _ DT  _ 7  det      _ _
      7  school    _        _ NN  _ 2  obl:from _ _
      8  in        _        _ IN  _ 9  case     _ _
      9  Zamfara   _        _ NNP _ 7  nmod:in  _ NER=LOCATION|SpaceAfter=No
      10 ,         _        _ ,   _ 13 punct    _ _
      11 police    _        _ NN  _ 12 compound _ _
      12 officials official _ NNS _ 13 nsubj    _ _
      13 said      say      _ VBD _ 0  root     _ SpaceAfter=No
      14 .         _        _ .   _ 13 punct    _ _
      """;

  private static final String THEY_SAID = """
      # text = They said soldiers looted shops in the capital.
      1 They     they    _ PRP _ 2 nsubj   _ _
      2 said     say     _ VBD _ 0 root    _ _
      3 soldiers soldier _ NNS _ 4 nsubj   _ _
      4 looted   loot    _ VBD _ 2 ccomp   _ _
      5 shops    shop    _ NNS _ 4 obj     _ _
      6 in       _       _ IN  _ 8 case    _ _
      7 the      _       _ DT  _ 8 det     _ _
      8 capital  _       _ NN  _ 5 nmod:in _ SpaceAfter=No
      9 .        _       _ .   _ 2 punct   _ _
      """;

  private static final String BURNED = """
      # text = Soldiers burned our houses.
      1 Soldiers soldier _ NNS  _ 2 nsubj     _ _
      2 burned   burn    _ VBD  _ 0 root      _ _
      3 our      we      _ PRP$ _ 4 nmod:poss _ _
      4 houses   house   _ NNS  _ 2 obj       _ SpaceAfter=No
      5 .        _       _ .    _ 2 punct     _ _
      """;

  private static final String ORGANISERS_SAID = """
      # text = Police arrested 30 protesters in Lagos, and the organisers said they would march again on Friday.
      1  Police     police    _ NNS _ 2  nsubj    _ _
      2  arrested   arrest    _ VBD _ 0  root     _ _
      3  30         _         _ CD  _ 4  nummod   _ _
      4  protesters protester _ NNS _ 2  obj      _ _
      5  in         _         _ IN  _ 6  case     _ _
      6  Lagos      _         _ NNP _ 2  obl:in   _ NER=LOCATION|SpaceAfter=No
      7  ,          _         _ ,   _ 2  punct    _ _
      8  and        _         _ CC  _ 11 cc       _ _
      9  the        _         _ DT  _ 10 det      _ _
      10 organisers organiser _ NNS _ 11 nsubj    _ _
      11 said       say       _ VBD _ 2  conj:and _ _
      12 they       _         _ PRP _ 14 nsubj    _ _
      13 would      _         _ MD  _ 14 aux      _ _
      14 march      _         _ VB  _ 11 ccomp    _ _
      15 again      _         _ RB  _ 14 advmod   _ _
      16 on         _         _ IN  _ 17 case     _ _
      17 Friday     _         _ NNP _ 14 obl:on   _ SpaceAfter=No
      18 .          _         _ .   _ 2  punct    _ _
      """;

  private static RuleChain.Decided<Claim> claimed(Attribution attribution, String conllu, String trigger, List<Quote> quotes) {
    NlpDocument doc = Conllu.document(conllu);
    Sentence s = doc.sentences().get(0);
    int token = Conllu.indexOf(s, trigger);
    return attribution.claimedBy(doc, s, new Trigger(0, token, null, s.token(token).isNoun()), quotes);
  }

  private static Claim claimOf(String conllu, String trigger, List<Quote> quotes) {
    return claimed(ATTRIBUTION, conllu, trigger, quotes).value();
  }

  private static String ruleOf(String conllu, String trigger, String... off) {
    return claimed(new Attribution(java.util.Set.of(off)), conllu, trigger, List.of()).rule();
  }

  private static Claim claimOf(String conllu, String trigger) {
    return claimOf(conllu, trigger, List.of());
  }

  private static Event.Certainty certaintyOf(String conllu, String trigger) {
    Sentence s = Conllu.sentence(conllu);
    int token = Conllu.indexOf(s, trigger);
    return new Modality().certainty(s, new Trigger(0, token, null, s.token(token).isNoun()));
  }

  private static Claim ofSentence(String conllu) {
    NlpDocument doc = Conllu.document(conllu);
    return ATTRIBUTION.ofSentence(doc, doc.sentences().get(0));
  }

  @Test
  void anInvertedClosingReportWhoseSpeakerTheParserMakesItsObjectStillClaims() {
    String spokesman = """
        # text = Rebels shelled the city on Monday, said a spokesman for the governor.
        1  Rebels    rebel _ NNS _ 2  nsubj    _ _
        2  shelled   shell _ VBD _ 8  ccomp    _ _
        3  the       _     _ DT  _ 4  det      _ _
        4  city      _     _ NN  _ 2  obj      _ _
        5  on        _     _ IN  _ 6  case     _ _
        6  Monday    _     _ NNP _ 2  obl:on   _ SpaceAfter=No
        7  ,         _     _ ,   _ 8  punct    _ _
        8  said      say   _ VBD _ 0  root     _ _
        9  a         _     _ DT  _ 10 det      _ _
        10 spokesman _     _ NN  _ 8  obj      _ _
        11 for       _     _ IN  _ 13 case     _ _
        12 the       _     _ DT  _ 13 det      _ _
        13 governor  _     _ NN  _ 10 nmod:for _ SpaceAfter=No
        14 .         _     _ .   _ 8  punct    _ _
        """;
    String governor = """
        # text = Rebels shelled the city on Monday, said the regional governor.
        1  Rebels   rebel _ NNS _ 2  nsubj  _ _
        2  shelled  shell _ VBD _ 0  root   _ _
        3  the      _     _ DT  _ 4  det    _ _
        4  city     _     _ NN  _ 2  obj    _ _
        5  on       _     _ IN  _ 6  case   _ _
        6  Monday   _     _ NNP _ 2  obl:on _ SpaceAfter=No
        7  ,        _     _ ,   _ 2  punct  _ _
        8  said     say   _ VBD _ 2  dep    _ _
        9  the      _     _ DT  _ 11 det    _ _
        10 regional _     _ JJ  _ 11 amod   _ _
        11 governor _     _ NN  _ 8  obj    _ SpaceAfter=No
        12 .        _     _ .   _ 2  punct  _ _
        """;
    assertThat(claimOf(spokesman, "shelled")).isNotNull().extracting(Claim::text).asString().contains("spokesman");
    assertThat(claimOf(governor, "shelled")).isNotNull().extracting(Claim::text).asString().contains("regional governor");
  }

  @Test
  void anActTheAccuserChargesIsClaimedByTheAccuserAlsoWhenTheParserMakesItAnAdjective() {
    assertThat(claimOf(NewsParses.ACCUSED_OF_KILLING, "killing")).isNotNull().extracting(Claim::text).asString().contains("Rights groups");
  }

  @Test
  void theSubjectOfALeadingSayingVerbClaimsTheClauseItGoverns() {
    assertThat(claimOf(ARMY_SAID, "captured")).isEqualTo(new Claim("Sudanese army", false, false));
  }

  @Test
  void aClosingReportingClauseClaimsTheSentenceAndItsOfficialsAreInformants() {
    assertThat(claimOf(OFFICIALS_SAID, "abducted")).isEqualTo(new Claim("police officials", false, true));
  }

  @Test
  void aClosingReportTheParserReadsAsARelativeClauseIsFoundOnTheSurface() {
    // "depot ..., a Kurdish official said" parses as a relative clause on "depot", holding "near Qamishli"
    Claim c = claimOf("""
        # text = Turkish drones struck a fuel depot near Qamishli, a Kurdish official said.
        1  Turkish  _       _ JJ  _ 2  amod      _ NER=MISC
        2  drones   drone   _ NNS _ 3  nsubj     _ _
        3  struck   strike  _ VBD _ 0  root      _ _
        4  a        _       _ DT  _ 6  det       _ _
        5  fuel     _       _ NN  _ 6  compound  _ _
        6  depot    _       _ NN  _ 3  obj       _ _
        7  near     _       _ IN  _ 8  case      _ _
        8  Qamishli _       _ NNP _ 13 obl:near  _ NER=LOCATION|SpaceAfter=No
        9  ,        _       _ ,   _ 8  punct     _ _
        10 a        _       _ DT  _ 12 det       _ _
        11 Kurdish  kurdish _ JJ  _ 12 amod      _ NER=MISC
        12 official _       _ NN  _ 13 nsubj     _ _
        13 said     say     _ VBD _ 6  acl:relcl _ SpaceAfter=No
        14 .        _       _ .   _ 3  punct     _ _
        """, "struck");
    assertThat(c).isEqualTo(new Claim("Kurdish official", false, true));
  }

  @Test
  void aSpeakerNamedAfterTheVerbClaimsWithoutHisApposition() {
    Claim c = claimOf("""
        # text = Militants ambushed an army convoy near Gao, said Moussa Ag Acharatoumane, a rebel spokesman.
        1  Militants     militant _ NNS _ 2  nsubj     _ _
        2  ambushed      ambush   _ VBD _ 9  ccomp     _ _
        3  an            a        _ DT  _ 5  det       _ _
        4  army          _        _ NN  _ 5  compound  _ _
        5  convoy        _        _ NN  _ 2  obj       _ _
        6  near          _        _ IN  _ 7  case      _ _
        7  Gao           _        _ NNP _ 5  nmod:near _ NER=LOCATION|SpaceAfter=No
        8  ,             _        _ ,   _ 9  punct     _ _
        9  said          say      _ VBD _ 0  root      _ _
        10 Moussa        _        _ NNP _ 12 compound  _ NER=PERSON
        11 Ag            _        _ NNP _ 12 compound  _ NER=PERSON
        12 Acharatoumane _        _ NNP _ 9  nsubj     _ NER=PERSON|SpaceAfter=No
        13 ,             _        _ ,   _ 12 punct     _ _
        14 a             _        _ DT  _ 16 det       _ _
        15 rebel         _        _ NN  _ 16 compound  _ _
        16 spokesman     _        _ NN  _ 12 appos     _ SpaceAfter=No
        17 .             _        _ .   _ 9  punct     _ _
        """, "ambushed");
    assertThat(c).isEqualTo(new Claim("Moussa Ag Acharatoumane", false, false));
  }

  @Test
  void accordingToNamesTheClaimantWithItsOwnModifiers() {
    Claim c = claimOf("""
        # text = According to the Syrian Observatory for Human Rights, air strikes killed 15 civilians in Idlib province.
        1  According   accord      _ VBG  _ 5  case             _ _
        2  to          _           _ IN   _ 1  fixed            _ _
        3  the         _           _ DT   _ 5  det              _ _
        4  Syrian      _           _ JJ   _ 5  amod             _ NER=MISC
        5  Observatory observatory _ NN   _ 12 obl:according_to _ NER=ORGANIZATION
        6  for         _           _ IN   _ 8  case             _ NER=ORGANIZATION
        7  Human       _           _ NNP  _ 8  compound         _ NER=ORGANIZATION
        8  Rights      _           _ NNPS _ 5  nmod:for         _ NER=ORGANIZATION|SpaceAfter=No
        9  ,           _           _ ,    _ 12 punct            _ _
        10 air         _           _ NN   _ 11 compound         _ _
        11 strikes     strike      _ NNS  _ 12 nsubj            _ _
        12 killed      kill        _ VBD  _ 0  root             _ _
        13 15          _           _ CD   _ 14 nummod           _ _
        14 civilians   civilian    _ NNS  _ 12 obj              _ _
        15 in          _           _ IN   _ 17 case             _ _
        16 Idlib       _           _ NNP  _ 17 compound         _ NER=LOCATION
        17 province    _           _ NN   _ 12 obl:in           _ SpaceAfter=No
        18 .           _           _ .    _ 12 punct            _ _
        """, "killed");
    assertThat(c).isEqualTo(new Claim("Syrian Observatory for Human Rights", false, false));
  }

  @Test
  void accordingToStopsAtTheCommaEvenWhereTheParserLosesTheSentence() {
    // the parser roots the sentence in the name and reads "shelling destroyed" as a passive relative
    Claim c = claimOf("""
        # text = According to Ahmed Darwish, a spokesman for the provincial council, shelling destroyed the market.
        1  According  accord  _ VBG _ 4  case     _ _
        2  to         _       _ IN  _ 1  fixed    _ _
        3  Ahmed      _       _ NNP _ 4  compound _ NER=PERSON
        4  Darwish    _       _ NNP _ 0  root     _ NER=PERSON|SpaceAfter=No
        5  ,          _       _ ,   _ 4  punct    _ _
        6  a          _       _ DT  _ 7  det      _ _
        7  spokesman  _       _ NN  _ 5  dep      _ _
        8  for        _       _ IN  _ 11 case     _ _
        9  the        _       _ DT  _ 11 det      _ _
        10 provincial _       _ JJ  _ 11 amod     _ _
        11 council    _       _ NN  _ 7  nmod:for _ SpaceAfter=No
        12 ,          _       _ ,   _ 11 punct    _ _
        13 shelling   shell   _ VBG _ 14 aux:pass _ _
        14 destroyed  destroy _ VBN _ 11 acl      _ _
        15 the        _       _ DT  _ 16 det      _ _
        16 market     _       _ NN  _ 14 obj      _ SpaceAfter=No
        17 .          _       _ .   _ 7  punct    _ _
        """, "destroyed");
    assertThat(c).isEqualTo(new Claim("Ahmed Darwish", false, false));
  }

  @Test
  void reportsThatEmergeClaimTheEventThemselvesAndNameNoOne() {
    Claim c = claimOf("""
        # text = Reports emerged that militia fighters burned dozens of homes in Djugu.
        1  Reports  report  _ NNS _ 2  nsubj    _          _
        2  emerged  emerge  _ VBD _ 0  root     _          _
        3  that     _       _ IN  _ 6  mark     _          _
        4  militia  _       _ NN  _ 5  compound _          _
        5  fighters fighter _ NNS _ 6  nsubj    _          _
        6  burned   burn    _ VBD _ 2  ccomp    _          _
        7  dozens   dozen   _ NNS _ 6  obj      9:det:qmod _
        8  of       _       _ IN  _ 9  case     7:fixed    _
        9  homes    home    _ NNS _ 7  nmod     6:obj      _
        10 in       _       _ IN  _ 11 case     _          _
        11 Djugu    _       _ NNP _ 6  obl:in   _          NER=LOCATION|SpaceAfter=No
        12 .        _       _ .   _ 2  punct    _          _
        """, "burned");
    assertThat(c).isEqualTo(new Claim("Reports", true, false));
  }

  @Test
  void aClauseAClaimNounGovernsIsAllegedAndClaimedVaguelyByTheNoun() {
    String denied = """
        # text = Rwanda denied allegations that its troops backed the rebels.
        1  Rwanda      _          _ NNP  _ 2 nsubj     _ NER=LOCATION
        2  denied      deny       _ VBD  _ 0 root      _ _
        3  allegations allegation _ NNS  _ 2 obj       _ _
        4  that        _          _ IN   _ 7 mark      _ _
        5  its         _          _ PRP$ _ 6 nmod:poss _ _
        6  troops      _          _ NNS  _ 7 nsubj     _ _
        7  backed      back       _ VBD  _ 3 ccomp     _ _
        8  the         _          _ DT   _ 9 det       _ _
        9  rebels      rebel      _ NNS  _ 7 obj       _ SpaceAfter=No
        10 .           _          _ .    _ 2 punct     _ _
        """;
    assertThat(claimOf(denied, "backed")).isEqualTo(new Claim("allegations", true, false));
    assertThat(certaintyOf(denied, "backed")).isEqualTo(Event.Certainty.ALLEGED);
  }

  @Test
  void aClaimNounsAgentOrPossessorClaimsTheClauseItGoverns() {
    String byKinshasa = """
        # text = Rwanda rejected allegations by Kinshasa that its troops backed the rebels.
        1  Rwanda      _          _ NNP  _ 2  nsubj     _ NER=LOCATION
        2  rejected    reject     _ VBD  _ 0  root      _ _
        3  allegations allegation _ NNS  _ 2  obj       _ _
        4  by          _          _ IN   _ 5  case      _ _
        5  Kinshasa    _          _ NNP  _ 3  nmod:by   _ NER=LOCATION
        6  that        _          _ IN   _ 9  mark      _ _
        7  its         _          _ PRP$ _ 8  nmod:poss _ _
        8  troops      _          _ NNS  _ 9  nsubj     _ _
        9  backed      back       _ VBD  _ 3  ccomp     _ _
        10 the         _          _ DT   _ 11 det       _ _
        11 rebels      rebel      _ NNS  _ 9  obj       _ SpaceAfter=No
        12 .           _          _ .    _ 2  punct     _ _
        """;
    String kinshasasClaim = """
        # text = Rwanda rejected Kinshasa's claim that its troops backed the rebels.
        1  Rwanda   _      _ NNP  _ 2  nsubj     _ NER=LOCATION
        2  rejected reject _ VBD  _ 0  root      _ _
        3  Kinshasa _      _ NNP  _ 5  nmod:poss _ NER=LOCATION|SpaceAfter=No
        4  's       _      _ POS  _ 3  case      _ _
        5  claim    claim  _ NN   _ 2  obj       _ _
        6  that     _      _ IN   _ 9  mark      _ _
        7  its      _      _ PRP$ _ 8  nmod:poss _ _
        8  troops   _      _ NNS  _ 9  nsubj     _ _
        9  backed   back   _ VBD  _ 5  ccomp     _ _
        10 the      _      _ DT   _ 11 det       _ _
        11 rebels   rebel  _ NNS  _ 9  obj       _ SpaceAfter=No
        12 .        _      _ .    _ 2  punct     _ _
        """;
    assertThat(claimOf(byKinshasa, "backed")).isEqualTo(new Claim("Kinshasa", false, false));
    assertThat(claimOf(kinshasasClaim, "backed")).isEqualTo(new Claim("Kinshasa", false, false));
  }

  @Test
  void aClaimingParticipleTakesTheSubjectOfTheClauseItHangsOn() {
    Claim c = claimOf("""
        # text = Reports have surfaced, alleging that the police tortured detainees.
        1  Reports   report   _ NNS _ 3 nsubj _ _
        2  have      _        _ VBP _ 3 aux   _ _
        3  surfaced  surface  _ VBN _ 0 root  _ SpaceAfter=No
        4  ,         _        _ ,   _ 3 punct _ _
        5  alleging  allege   _ VBG _ 3 dep   _ _
        6  that      _        _ IN  _ 9 mark  _ _
        7  the       _        _ DT  _ 8 det   _ _
        8  police    _        _ NN  _ 9 nsubj _ _
        9  tortured  torture  _ VBD _ 5 ccomp _ _
        10 detainees detainee _ NNS _ 9 obj   _ SpaceAfter=No
        11 .         _        _ .   _ 3 punct _ _
        """, "tortured");
    assertThat(c).isEqualTo(new Claim("Reports", true, false));
  }

  @Test
  void aPronounThatSaysNamesNoClaimant() {
    assertThat(claimOf(THEY_SAID, "looted")).isNull();
    assertThat(ofSentence(THEY_SAID)).isNull();
  }

  @Test
  void aClosingPronounReportNamesNoClaimant() {
    Claim c = claimOf("""
        # text = Rebels shot down a helicopter over Marib, he said.
        1  Rebels     rebel _ NNS _ 2  nsubj        _ _
        2  shot       shoot _ VBD _ 10 ccomp        _ _
        3  down       _     _ RP  _ 2  compound:prt _ _
        4  a          _     _ DT  _ 5  det          _ _
        5  helicopter _     _ NN  _ 2  obj          _ _
        6  over       _     _ IN  _ 7  case         _ _
        7  Marib      _     _ NNP _ 2  obl:over     _ NER=LOCATION|SpaceAfter=No
        8  ,          _     _ ,   _ 10 punct        _ _
        9  he         _     _ PRP _ 10 nsubj        _ _
        10 said       say   _ VBD _ 0  root         _ SpaceAfter=No
        11 .          _     _ .   _ 10 punct        _ _
        """, "shot");
    assertThat(c).isNull();
  }

  @Test
  void aLaterCoordinatedClauseWithItsOwnVerbIsNoReport() {
    Claim c = claimOf(ORGANISERS_SAID, "arrested");
    assertThat(c).isNull();
  }

  @Test
  void aSayingVerbInALaterCoordinatedClauseDoesNotClaimTheSentence() {
    assertThat(ofSentence(ORGANISERS_SAID)).isNull();
  }

  @Test
  void aSourceOpeningTheSentenceClaimsItWhenTheParserLosesTheSayingVerb() {
    // "said" becomes an auxiliary of "seized", and "quoted" the root
    Claim c = claimOf("""
        # text = Diplomats quoted by Reuters said the militia seized the airport.
        1  Diplomats diplomat _ NNS _ 2  nsubj     _ _
        2  quoted    quote    _ VBN _ 0  root      _ _
        3  by        _        _ IN  _ 4  case      _ _
        4  Reuters   _        _ NNP _ 2  obl:by    _ NER=ORGANIZATION
        5  said      say      _ VBD _ 8  aux       _ _
        6  the       _        _ DT  _ 7  det       _ _
        7  militia   _        _ NN  _ 8  nsubj     _ _
        8  seized    seize    _ VBD _ 2  parataxis _ _
        9  the       _        _ DT  _ 10 det       _ _
        10 airport   _        _ NN  _ 8  obj       _ SpaceAfter=No
        11 .         _        _ .   _ 2  punct     _ _
        """, "seized");
    assertThat(c).isEqualTo(new Claim("Diplomats quoted by Reuters", false, true));
  }

  @Test
  void aClaimingVerbTaggedAsANounAfterANameStillClaims() {
    // the tagger reads "claim" as a noun, the object of "by", with the clause as its ccomp
    Claim c = claimOf("""
        # text = Sources cited by Al-Mayadeen claim that Israeli jets struck a convoy near Homs.
        1  Sources  source _ NNS  _ 2  nsubj     _ _
        2  cited    cite   _ VBN  _ 0  root      _ _
        3  by       _      _ IN   _ 7  case      _ _
        4  Al       _      _ NNP  _ 6  compound  _ NER=ORGANIZATION|SpaceAfter=No
        5  -        _      _ HYPH _ 6  punct     _ NER=ORGANIZATION|SpaceAfter=No
        6  Mayadeen _      _ NNP  _ 7  compound  _ NER=ORGANIZATION
        7  claim    _      _ NN   _ 2  obl:by    _ _
        8  that     _      _ IN   _ 11 mark      _ _
        9  Israeli  _      _ JJ   _ 10 amod      _ NER=MISC
        10 jets     jet    _ NNS  _ 11 nsubj     _ _
        11 struck   strike _ VBD  _ 7  ccomp     _ _
        12 a        _      _ DT   _ 13 det       _ _
        13 convoy   _      _ NN   _ 11 obj       _ _
        14 near     _      _ IN   _ 15 case      _ _
        15 Homs     _      _ NNP  _ 13 nmod:near _ NER=LOCATION|SpaceAfter=No
        16 .        _      _ .    _ 2  punct     _ _
        """, "struck");
    assertThat(c).isEqualTo(new Claim("Sources cited by Al-Mayadeen", false, true));
  }

  @Test
  void aSentenceIsClaimedByTheSubjectOfAVerbTellingAClause() {
    Claim c = ofSentence("""
        # text = Witnesses told reporters that soldiers fired on the crowd.
        1  Witnesses witness  _ NNS _ 2 nsubj  _ _
        2  told      tell     _ VBD _ 0 root   _ _
        3  reporters reporter _ NNS _ 2 obj    _ _
        4  that      _        _ IN  _ 6 mark   _ _
        5  soldiers  soldier  _ NNS _ 6 nsubj  _ _
        6  fired     fire     _ VBD _ 2 ccomp  _ _
        7  on        _        _ IN  _ 9 case   _ _
        8  the       _        _ DT  _ 9 det    _ _
        9  crowd     _        _ NN  _ 6 obl:on _ SpaceAfter=No
        10 .         _        _ .   _ 2 punct  _ _
        """);
    assertThat(c).isEqualTo(new Claim("Witnesses", false, true));
    assertThat(ofSentence(BURNED)).isNull();
  }

  @Test
  void theReportingClauseStartsAtTheCommaBeforeIt() {
    NlpDocument reported = Conllu.document(OFFICIALS_SAID);
    NlpDocument leading = Conllu.document(ARMY_SAID);
    assertThat(ATTRIBUTION.reportingClauseStart(reported, reported.sentences().get(0))).isEqualTo(9);
    assertThat(ATTRIBUTION.reportingClauseStart(leading, leading.sentences().get(0))).isEqualTo(-1);
  }

  @Test
  void anEventToldInsideAQuotationIsClaimedByItsSpeaker() {
    String quoted = "Soldiers burned our houses.";
    Quote resolved = new Quote(new ActorRef("a1", "SDNMIL", "Sudanese Armed Forces"), "the army", quoted, 0, 27);
    Quote unresolved = new Quote(null, "a resident", quoted, 0, 27);
    Quote elsewhere = new Quote(null, "a resident", "Soldiers", 0, 8);
    assertThat(claimOf(BURNED, "burned", List.of(resolved))).isEqualTo(new Claim("Sudanese Armed Forces", false));
    assertThat(claimOf(BURNED, "burned", List.of(unresolved))).isEqualTo(new Claim("a resident", true));
    assertThat(claimOf(BURNED, "burned", List.of(elsewhere))).isNull();
  }

  @Test
  void theClaimantRulesRunInTheirOrderAndTheirNamesAreTheCodersRules() {
    assertThat(Attribution.RULES).containsExactly(
        "claim-above", "claim-beside", "trailing-report", "leading-report", "according-to", "quote-speaker");
    assertThat(EventCoder.RULES).containsAll(Attribution.RULES);
  }

  @Test
  void theRuleThatFoundTheClaimantIsNamed() {
    assertThat(ruleOf(ARMY_SAID, "captured")).isEqualTo("claim-above");
    assertThat(ruleOf(THEY_SAID, "looted")).isNull();
    assertThat(claimed(ATTRIBUTION, BURNED, "burned",
        List.of(new Quote(null, "a resident", "Soldiers burned our houses.", 0, 27))).rule()).isEqualTo("quote-speaker");
  }

  @Test
  void aClaimantRuleSwitchedOffLeavesItsTurnToTheNext() {
    // "..., police officials said": the parse makes the report govern the act, and the surface finds it too
    assertThat(ruleOf(OFFICIALS_SAID, "abducted")).isEqualTo("claim-above");
    assertThat(ruleOf(OFFICIALS_SAID, "abducted", "claim-above")).isEqualTo("trailing-report");
    assertThat(ruleOf(OFFICIALS_SAID, "abducted", "claim-above", "trailing-report")).isNull();
  }
}
