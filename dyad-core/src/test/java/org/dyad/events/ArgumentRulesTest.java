package org.dyad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.actors.ActorMention;
import org.dyad.actors.ActorSet;
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
  private static final Map<String, String> STATES = Map.of("French", "FRA", "Mexican", "MEX", "Saudi", "SAU", "Israeli", "ISR");
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
    Sentence s = Conllu.sentence(REJECTED_PROPOSAL);
    ActorSet actors = actors(s, "HEZBOLLAH:Hezbollah:LBN");

    Arguments a = FINDER.find(s, trigger(s, "rejected", "120"), actors);

    assertThat(a.sources()).containsExactly("HEZBOLLAH");
    assertThat(a.targets()).containsExactly("FRA");
    assertThat(a.rules()).containsExactly("subject", "object-state");
  }

  @Test
  void theStatesGovernmentWhenTheArticleNamesIt() {
    Sentence s = Conllu.sentence(REJECTED_PROPOSAL);
    ActorSet actors = withActor(actors(s, "HEZBOLLAH:Hezbollah:LBN"), "FRAGOV", "FRA");

    assertThat(FINDER.find(s, trigger(s, "rejected", "120"), actors).targets()).containsExactly("FRAGOV");
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

  @Test
  void everyRuleOfAChainIsListed() {
    assertThat(ArgumentFinder.RULES).doesNotHaveDuplicates()
        .contains("subject", "object", "oblique", "object-state", "purpose", "governing-subject");
    assertThat(EventCoder.RULES).containsAll(ArgumentFinder.RULES).contains("reciprocal", "implicit-agent");
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
