package org.dyad.events.attributes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dyad.events.EventCoder;
import org.dyad.events.rules.RuleChain;
import org.dyad.events.trigger.Trigger;
import org.dyad.nlp.Conllu;
import org.dyad.nlp.Sentence;
import org.junit.jupiter.api.Test;

/**
 * When an event happened, on hand-written parses: each is what dyad's CoreNLP 4.5.10 pipeline gave for
 * its sentence (English UD, enhanced++), checked once against it; no parser runs here. Articles are
 * dated Saturday 19 October 2024.
 */
class EventTimeRulesTest {
  private static final LocalDate SATURDAY = LocalDate.of(2024, 10, 19);
  private static final EventDate ARTICLE_DATE = new EventDate("2024-10-19", false);

  private static final String RAIDED_ON_MONDAY = """
      # text = Israeli troops raided the Nur Shams camp on Monday.
      1  Israeli _    _ JJ  _ 2 amod     _ NER=MISC
      2  troops  _    _ NNS _ 3 nsubj    _ _
      3  raided  raid _ VBD _ 0 root     _ _
      4  the     _    _ DT  _ 7 det      _ _
      5  Nur     _    _ NNP _ 6 compound _ NER=MISC
      6  Shams   _    _ NNP _ 7 compound _ NER=MISC
      7  camp    _    _ NN  _ 3 obj      _ _
      8  on      _    _ IN  _ 9 case     _ _
      9  Monday  _    _ NNP _ 3 obl:on   _ SpaceAfter=No
      10 .       _    _ .   _ 3 punct    _ _
      """;

  /** "in March", "in 2014": the same parse with another date word. */
  private static final String SEIZED_IN = """
      # text = Rebels seized the town in WHEN.
      1 Rebels rebel _ NNS _ 2 nsubj  _ _
      2 seized seize _ VBD _ 0 root   _ _
      3 the    _     _ DT  _ 4 det    _ _
      4 town   _     _ NN  _ 2 obj    _ _
      5 in     _     _ IN  _ 6 case   _ _
      6 WHEN   _     _ TAG _ 2 obl:in _ SpaceAfter=No
      7 .      _     _ .   _ 2 punct  _ _
      """;

  private static final String DENIED_THAT = """
      # text = Armenia denied that its troops shelled a border village on Sunday.
      1  Armenia _       _ NNP  _ 2  nsubj     _ NER=LOCATION
      2  denied  deny    _ VBD  _ 0  root      _ _
      3  that    _       _ IN   _ 6  mark      _ _
      4  its     _       _ PRP$ _ 5  nmod:poss _ _
      5  troops  _       _ NNS  _ 6  nsubj     _ _
      6  shelled shell   _ VBD  _ 2  ccomp     _ _
      7  a       _       _ DT   _ 9  det       _ _
      8  border  _       _ NN   _ 9  compound  _ _
      9  village _       _ NN   _ 6  obj       _ _
      10 on      _       _ IN   _ 11 case      _ _
      11 Sunday  _       _ NNP  _ 6  obl:on    _ SpaceAfter=No
      12 .       _       _ .    _ 2  punct     _ _
      """;

  private static final String ACCUSED_OF = """
      # text = Kyiv accused Moscow of shelling the city on Tuesday night.
      1  Kyiv     _      _ NNP _ 2  nsubj    _ _
      2  accused  accuse _ VBD _ 0  root     _ _
      3  Moscow   _      _ NNP _ 2  obj      _ NER=LOCATION
      4  of       _      _ IN  _ 5  case     _ _
      5  shelling shell  _ VBG _ 2  advcl:of _ _
      6  the      _      _ DT  _ 7  det      _ _
      7  city     _      _ NN  _ 5  obj      _ _
      8  on       _      _ IN  _ 10 case     _ _
      9  Tuesday  _      _ NNP _ 10 compound _ _
      10 night    _      _ NN  _ 5  obl:on   _ SpaceAfter=No
      11 .        _      _ .   _ 2  punct    _ _
      """;

  private static RuleChain.Decided<EventDate> dated(EventTime time, String conllu, String trigger, LocalDate article) {
    Sentence s = Conllu.sentence(conllu);
    int token = Conllu.indexOf(s, trigger);
    return time.date(s, new Trigger(0, token, null, s.token(token).isNoun()), article);
  }

  private static EventDate dateOf(String conllu, String trigger, LocalDate article) {
    return dated(new EventTime(), conllu, trigger, article).value();
  }

  private static String ruleOf(String conllu, String trigger, String... off) {
    return dated(new EventTime(java.util.Set.of(off)), conllu, trigger, SATURDAY).rule();
  }

  private static EventDate dateOf(String conllu, String trigger) {
    return dateOf(conllu, trigger, SATURDAY);
  }

  private static String seizedIn(String word, String tag) {
    return SEIZED_IN.replace("WHEN ", word + " ").replace("WHEN.", word + ".").replace("TAG", tag);
  }

  @Test
  void aWeekdayOnTheTriggerIsTheLastSuchDayUpToTheArticleDate() {
    assertThat(dateOf(RAIDED_ON_MONDAY, "raided")).isEqualTo(new EventDate("2024-10-14", true));
    assertThat(dateOf(RAIDED_ON_MONDAY.replace("Monday", "Saturday"), "raided"))
        .isEqualTo(new EventDate("2024-10-19", true));
  }

  @Test
  void withoutAnArticleDateAWeekdayDatesNothing() {
    assertThat(dateOf(RAIDED_ON_MONDAY, "raided", null)).isEqualTo(new EventDate(null, false));
  }

  @Test
  void yesterdayIsTheDayBeforeTheArticle() {
    EventDate d = dateOf("""
        # text = Police arrested an opposition leader yesterday.
        1 Police     police _ NNS _ 2 nsubj    _ _
        2 arrested   arrest _ VBD _ 0 root     _ _
        3 an         a      _ DT  _ 5 det      _ _
        4 opposition _      _ NN  _ 5 compound _ _
        5 leader     _      _ NN  _ 2 obj      _ _
        6 yesterday  _      _ NN  _ 2 obl:tmod _ SpaceAfter=No
        7 .          _      _ .   _ 2 punct    _ _
        """, "arrested");
    assertThat(d).isEqualTo(new EventDate("2024-10-18", true));
  }

  @Test
  void lastWeekIsTheMonthOfTheWeekBefore() {
    EventDate d = dateOf("""
        # text = The army shelled rebel positions last week.
        1 The       the      _ DT  _ 2 det      _ _
        2 army      _        _ NN  _ 3 nsubj    _ _
        3 shelled   shell    _ VBD _ 0 root     _ _
        4 rebel     _        _ JJ  _ 5 amod     _ _
        5 positions position _ NNS _ 3 obj      _ _
        6 last      _        _ JJ  _ 7 amod     _ _
        7 week      _        _ NN  _ 3 obl:tmod _ SpaceAfter=No
        8 .         _        _ .   _ 3 punct    _ _
        """, "shelled", LocalDate.of(2024, 10, 3));
    assertThat(d).isEqualTo(new EventDate("2024-09", true));
  }

  @Test
  void aMonthAloneIsInTheArticlesYearAndAYearAloneIsThatYear() {
    assertThat(dateOf(seizedIn("March", "NNP"), "seized")).isEqualTo(new EventDate("2024-03", true));
    assertThat(dateOf(seizedIn("2014", "CD"), "seized")).isEqualTo(new EventDate("2014", true));
  }

  @Test
  void aPastEventInAMonthAheadOfTheArticleIsLastYearsMonth() {
    String hadSeized = """
        # text = Rebels had seized the town in November.
        1 Rebels   rebel _ NNS _ 3 nsubj  _ _
        2 had      have  _ VBD _ 3 aux    _ _
        3 seized   seize _ VBN _ 0 root   _ _
        4 the      _     _ DT  _ 5 det    _ _
        5 town     _     _ NN  _ 3 obj    _ _
        6 in       _     _ IN  _ 7 case   _ _
        7 November _     _ NNP _ 3 obl:in _ SpaceAfter=No
        8 .        _     _ .   _ 3 punct  _ _
        """;
    String condemned = """
        # text = Police condemned the attack in November.
        1 Police    police  _ NNS _ 2 nsubj  _ _
        2 condemned condemn _ VBD _ 0 root   _ _
        3 the       _       _ DT  _ 4 det    _ _
        4 attack    _       _ NN  _ 2 obj    _ _
        5 in        _       _ IN  _ 6 case   _ _
        6 November  _       _ NNP _ 2 obl:in _ SpaceAfter=No
        7 .         _       _ .   _ 2 punct  _ _
        """;
    assertThat(dateOf(seizedIn("November", "NNP"), "seized")).isEqualTo(new EventDate("2023-11", true));
    assertThat(dateOf(hadSeized, "seized")).isEqualTo(new EventDate("2023-11", true));
    assertThat(dateOf(condemned, "attack")).isEqualTo(new EventDate("2023-11", true));
    assertThat(dateOf(seizedIn("October", "NNP"), "seized")).isEqualTo(new EventDate("2024-10", true));
  }

  @Test
  void aFutureOrScheduledEventInAMonthAheadKeepsTheArticlesYear() {
    String willBeHeld = """
        # text = Elections will be held in November.
        1 Elections election _ NNS _ 4 nsubj:pass _ _
        2 will      will     _ MD  _ 4 aux        _ _
        3 be        be       _ VB  _ 4 aux:pass   _ _
        4 held      hold     _ VBN _ 0 root       _ _
        5 in        _        _ IN  _ 6 case       _ _
        6 November  _        _ NNP _ 4 obl:in     _ SpaceAfter=No
        7 .         _        _ .   _ 4 punct      _ _
        """;
    String areScheduled = """
        # text = The talks are scheduled for November.
        1 The       the      _ DT  _ 2 det        _ _
        2 talks     talk     _ NNS _ 4 nsubj:pass _ _
        3 are       be       _ VBP _ 4 aux:pass   _ _
        4 scheduled schedule _ VBN _ 0 root       _ _
        5 for       _        _ IN  _ 6 case       _ _
        6 November  _        _ NNP _ 4 obl:for    _ SpaceAfter=No
        7 .         _        _ .   _ 4 punct      _ _
        """;
    assertThat(dateOf(willBeHeld, "held")).isEqualTo(new EventDate("2024-11", true));
    assertThat(dateOf(areScheduled, "scheduled")).isEqualTo(new EventDate("2024-11", true));
  }

  @Test
  void aMonthAndADayGiveTheDay() {
    EventDate d = dateOf("""
        # text = Rebels seized the town on March 3.
        1 Rebels rebel _ NNS _ 2 nsubj  _ _
        2 seized seize _ VBD _ 0 root   _ _
        3 the    _     _ DT  _ 4 det    _ _
        4 town   _     _ NN  _ 2 obj    _ _
        5 on     _     _ IN  _ 6 case   _ _
        6 March  _     _ NNP _ 2 obl:on _ _
        7 3      _     _ CD  _ 6 nummod _ SpaceAfter=No
        8 .      _     _ .   _ 2 punct  _ _
        """, "seized");
    assertThat(d).isEqualTo(new EventDate("2024-03-03", true));
  }

  @Test
  void aYearAfterTheMonthWinsOverTheArticlesYear() {
    EventDate d = dateOf("""
        # text = Rebels seized the town in March 2019.
        1 Rebels rebel _ NNS _ 2 nsubj  _ _
        2 seized seize _ VBD _ 0 root   _ _
        3 the    _     _ DT  _ 4 det    _ _
        4 town   _     _ NN  _ 2 obj    _ _
        5 in     _     _ IN  _ 6 case   _ _
        6 March  _     _ NNP _ 2 obl:in _ _
        7 2019   _     _ CD  _ 6 nummod _ SpaceAfter=No
        8 .      _     _ .   _ 2 punct  _ _
        """, "seized");
    assertThat(d).isEqualTo(new EventDate("2019-03", true));
  }

  @Test
  void aDayLateInTheMonthIsThatDayAndADayTheMonthHasNotIsNoDay() {
    String onMarch = """
        # text = Rebels seized the town on March DAY.
        1 Rebels rebel _ NNS _ 2 nsubj  _ _
        2 seized seize _ VBD _ 0 root   _ _
        3 the    _     _ DT  _ 4 det    _ _
        4 town   _     _ NN  _ 2 obj    _ _
        5 on     _     _ IN  _ 6 case   _ _
        6 MONTH  _     _ NNP _ 2 obl:on _ _
        7 DAY    _     _ CD  _ 6 nummod _ SpaceAfter=No
        8 .      _     _ .   _ 2 punct  _ _
        """;
    assertThat(dateOf(onMarch.replace("MONTH", "March").replace("DAY", "30"), "seized")).isEqualTo(new EventDate("2024-03-30", true));
    assertThat(dateOf(onMarch.replace("MONTH", "April").replace("DAY", "31").replace("March", "April"), "seized"))
        .isEqualTo(new EventDate("2024-04", true));
  }

  @Test
  void aYearModifyingANominalTriggerDatesIt() {
    EventDate d = dateOf("""
        # text = The 2021 ceasefire collapsed.
        1 The       the      _ DT  _ 3 det    _ _
        2 2021      _        _ CD  _ 3 nummod _ _
        3 ceasefire _        _ NN  _ 4 nsubj  _ _
        4 collapsed collapse _ VBD _ 0 root   _ SpaceAfter=No
        5 .         _        _ .   _ 4 punct  _ _
        """, "ceasefire");
    assertThat(d).isEqualTo(new EventDate("2021", true));
  }

  @Test
  void aYearAfterAPrepositionLikeAfterDatesSomethingElse() {
    EventDate d = dateOf("""
        # text = Talks resumed after the 2022 coup.
        1 Talks   talk   _ NNS _ 2 nsubj     _ _
        2 resumed resume _ VBD _ 0 root      _ _
        3 after   _      _ IN  _ 6 case      _ _
        4 the     _      _ DT  _ 6 det       _ _
        5 2022    _      _ CD  _ 6 nummod    _ _
        6 coup    _      _ NN  _ 2 obl:after _ SpaceAfter=No
        7 .       _      _ .   _ 2 punct     _ _
        """, "resumed");
    assertThat(d).isEqualTo(ARTICLE_DATE);
  }

  @Test
  void aNominalTriggerTakesTheDateOfTheVerbThatGovernsIt() {
    EventDate d = dateOf("""
        # text = Rebels launched an offensive on Friday.
        1 Rebels    rebel  _ NNS _ 2 nsubj  _ _
        2 launched  launch _ VBD _ 0 root   _ _
        3 an        a      _ DT  _ 4 det    _ _
        4 offensive _      _ NN  _ 2 obj    _ _
        5 on        _      _ IN  _ 6 case   _ _
        6 Friday    _      _ NNP _ 2 obl:on _ SpaceAfter=No
        7 .         _      _ .   _ 2 punct  _ _
        """, "offensive");
    assertThat(d).isEqualTo(new EventDate("2024-10-18", true));
  }

  @Test
  void anInfinitiveTakesTheDateOfTheVerbItCompletes() {
    EventDate d = dateOf("""
        # text = Iran agreed on Monday to resume talks with the agency.
        1  Iran   _     _ NNP _ 2  nsubj     2:nsubj|6:nsubj:xsubj NER=LOCATION
        2  agreed agree _ VBD _ 0  root      _                     _
        3  on     _     _ IN  _ 4  case      _                     _
        4  Monday _     _ NNP _ 2  obl:on    _                     _
        5  to     _     _ TO  _ 6  mark      _                     _
        6  resume _     _ VB  _ 2  xcomp     _                     _
        7  talks  talk  _ NNS _ 6  obj       _                     _
        8  with   _     _ IN  _ 10 case      _                     _
        9  the    _     _ DT  _ 10 det       _                     _
        10 agency _     _ NN  _ 7  nmod:with _                     SpaceAfter=No
        11 .      _     _ .   _ 2  punct     _                     _
        """, "resume");
    assertThat(d).isEqualTo(new EventDate("2024-10-14", true));
  }

  @Test
  void theSecondOfTwoCoordinatedVerbsTakesTheFirstsDate() {
    EventDate d = dateOf(TOURED_AND_SIGNED, "signed");
    assertThat(d).isEqualTo(new EventDate("2024-10-15", true));
  }

  private static final String TOURED_AND_SIGNED = """
        # text = The envoy toured Juba on Tuesday and signed a security pact.
        1  The      the   _ DT  _ 2  det      _               _
        2  envoy    _     _ NN  _ 3  nsubj    3:nsubj|8:nsubj _
        3  toured   tour  _ VBD _ 0  root     _               _
        4  Juba     _     _ NNP _ 3  obj      _               NER=LOCATION
        5  on       _     _ IN  _ 6  case     _               _
        6  Tuesday  _     _ NNP _ 3  obl:on   _               _
        7  and      _     _ CC  _ 8  cc       _               _
        8  signed   sign  _ VBD _ 3  conj:and _               _
        9  a        _     _ DT  _ 11 det      _               _
        10 security _     _ NN  _ 11 compound _               _
        11 pact     _     _ NN  _ 8  obj      _               SpaceAfter=No
        12 .        _     _ .   _ 3  punct    _               _
        """;

  @Test
  void theDateOfTheReportingVerbIsNotTheEventsDate() {
    EventDate d = dateOf("""
        # text = Turkey shelled Kurdish positions in Syria, a spokesman said on Sunday.
        1  Turkey    _        _ NNP _ 2  nsubj   _ NER=LOCATION
        2  shelled   shell    _ VBD _ 10 advcl   _ _
        3  Kurdish   kurdish  _ JJ  _ 4  amod    _ NER=MISC
        4  positions position _ NNS _ 2  obj     _ _
        5  in        _        _ IN  _ 6  case    _ _
        6  Syria     _        _ NNP _ 4  nmod:in _ NER=LOCATION|SpaceAfter=No
        7  ,         _        _ ,   _ 10 punct   _ _
        8  a         _        _ DT  _ 9  det     _ _
        9  spokesman _        _ NN  _ 10 nsubj   _ _
        10 said      say      _ VBD _ 0  root    _ _
        11 on        _        _ IN  _ 12 case    _ _
        12 Sunday    _        _ NNP _ 10 obl:on  _ SpaceAfter=No
        13 .         _        _ .   _ 10 punct   _ _
        """, "shelled");
    assertThat(d).isEqualTo(ARTICLE_DATE);
  }

  @Test
  void aDeniedActKeepsItsDateToItself() {
    assertThat(dateOf(DENIED_THAT, "shelled")).isEqualTo(new EventDate("2024-10-13", true));
    assertThat(dateOf(DENIED_THAT, "denied")).isEqualTo(ARTICLE_DATE);
  }

  @Test
  void whatAnAccusationIsAboutDatesTheActNotTheAccusation() {
    assertThat(dateOf(ACCUSED_OF, "shelling")).isEqualTo(new EventDate("2024-10-15", true));
    assertThat(dateOf(ACCUSED_OF, "accused")).isEqualTo(ARTICLE_DATE);
  }

  @Test
  void anAdverbialClauseSharesTheEventsTime() {
    EventDate d = dateOf("""
        # text = Expelled from Khartoum in 2019, the group moved its offices to Doha.
        1  Expelled expel  _ VBN  _ 9  advcl     _ _
        2  from     _      _ IN   _ 3  case      _ _
        3  Khartoum _      _ NNP  _ 1  obl:from  _ NER=LOCATION
        4  in       _      _ IN   _ 5  case      _ _
        5  2019     _      _ CD   _ 1  obl:in    _ SpaceAfter=No
        6  ,        _      _ ,    _ 9  punct     _ _
        7  the      _      _ DT   _ 8  det       _ _
        8  group    _      _ NN   _ 9  nsubj     _ _
        9  moved    move   _ VBD  _ 0  root      _ _
        10 its      _      _ PRP$ _ 11 nmod:poss _ _
        11 offices  office _ NNS  _ 9  obj       _ _
        12 to       _      _ IN   _ 13 case      _ _
        13 Doha     _      _ NNP  _ 9  obl:to    _ NER=LOCATION|SpaceAfter=No
        14 .        _      _ .    _ 9  punct     _ _
        """, "moved");
    assertThat(d).isEqualTo(new EventDate("2019", true));
  }

  @Test
  void aWeekdayTheParserHangsDeepOnANounStillDatesTheClause() {
    // "on Thursday" hangs on "truce", four relations below "vetoed"
    EventDate d = dateOf("""
        # text = Russia vetoed a draft calling for a truce on Thursday.
        1  Russia   _    _ NNP _ 2  nsubj   _ NER=LOCATION
        2  vetoed   veto _ VBD _ 0  root    _ _
        3  a        _    _ DT  _ 4  det     _ _
        4  draft    _    _ NN  _ 2  obj     _ _
        5  calling  call _ VBG _ 4  acl     _ _
        6  for      _    _ IN  _ 8  case    _ _
        7  a        _    _ DT  _ 8  det     _ _
        8  truce    _    _ NN  _ 5  obl:for _ _
        9  on       _    _ IN  _ 10 case    _ _
        10 Thursday _    _ NNP _ 8  nmod:on _ SpaceAfter=No
        11 .        _    _ .   _ 2  punct   _ _
        """, "vetoed");
    assertThat(d).isEqualTo(new EventDate("2024-10-17", true));
  }

  @Test
  void theDateRulesRunInTheirOrderAndTheirNamesAreTheCodersRules() {
    assertThat(EventTime.RULES).containsExactly("own-phrase", "governing-verb", "day-in-clause", "day-in-conjunct");
    assertThat(EventCoder.RULES).containsAll(EventTime.RULES);
  }

  @Test
  void theRuleThatFoundTheDateIsNamedAndTheArticlesDateIsNoRules() {
    assertThat(ruleOf(RAIDED_ON_MONDAY, "raided")).isEqualTo("own-phrase");
    assertThat(ruleOf(TOURED_AND_SIGNED, "signed")).isEqualTo("governing-verb");
    assertThat(ruleOf(ACCUSED_OF, "accused")).isNull();
    assertThat(dated(new EventTime(), ACCUSED_OF, "accused", SATURDAY).value()).isEqualTo(ARTICLE_DATE);
  }

  @Test
  void aDateRuleSwitchedOffLeavesItsTurnToTheNext() {
    // "toured Juba on Tuesday and signed": the first verb's date, and its clause's weekday as well
    assertThat(ruleOf(TOURED_AND_SIGNED, "signed", "governing-verb")).isEqualTo("day-in-conjunct");
    assertThat(dated(new EventTime(java.util.Set.of("governing-verb", "day-in-conjunct")), TOURED_AND_SIGNED, "signed", SATURDAY).value())
        .isEqualTo(ARTICLE_DATE);
  }
}
