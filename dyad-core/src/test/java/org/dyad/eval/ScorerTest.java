package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.eval.Systems.actor;
import static org.dyad.eval.Systems.analysis;
import static org.dyad.eval.Systems.event;

import org.dyad.eval.EvalReport.Accuracy;
import org.dyad.eval.EvalReport.Confusion;
import org.dyad.model.Actor;
import org.dyad.model.Event.Certainty;
import org.junit.jupiter.api.Test;

/** {@link Scorer} on hand-built analyses: matching, the scores and the confusion table. */
class ScorerTest {
  private static final Actor KENCOP = actor("KENCOP", "Kenyan police");
  private static final Actor KENOPP = actor("KENOPP", "opposition supporters");
  private static final Actor KENGOV = actor("KENGOV", "interior ministry", "the interior ministry");

  private static final String ARREST = """
      {"id": "dev-017", "date": "2025-03-04",
       "text": "Kenyan police arrested 14 opposition supporters in Nairobi on Monday, the interior ministry said.",
       "events": [{"source": "KENCOP", "target": "KENOPP", "cameo": "173", "claimed_by": "the interior ministry",
                   "quantity": 14, "date": "2025-03-03"}],
       "actors": [{"code": "KENCOP"}, {"code": "KENOPP"}, {"code": "KENGOV", "name": "the interior ministry"}],
       "quotes": []}""";

  private static GoldText gold(String json) {
    return GoldSet.parseLine(json.replace('\n', ' '));
  }

  private static EvalReport score(GoldText gold, Systems system) {
    return new Scorer().add(gold, system.build(gold.id())).report(10);
  }

  @Test
  void perfectMatchScoresOneEverywhere() {
    Systems system = analysis().with(KENCOP, KENOPP, KENGOV)
        .with(event(KENCOP, "173", KENOPP, false, Certainty.ASSERTED, "interior ministry", "2025-03-03", 14));

    EvalReport r = score(gold(ARREST), system);

    assertThat(r.rootLevel().f1()).isEqualTo(1.0);
    assertThat(r.fullCode().f1()).isEqualTo(1.0);
    assertThat(r.fullCode().precision()).isEqualTo(1.0);
    assertThat(r.fullCode().recall()).isEqualTo(1.0);
    EvalReport.Attributes a = r.attributes();
    assertThat(java.util.List.of(a.negated(), a.certainty(), a.claimedBy(), a.date(), a.quantity()))
        .allSatisfy(acc -> assertThat(acc).isEqualTo(new Accuracy(1, 1)));
    assertThat(r.actors().precision()).isEqualTo(1.0);
    assertThat(r.actors().recall()).isEqualTo(1.0);
    assertThat(r.confusion().count("17", "17")).isEqualTo(1);
    assertThat(r.roots()).singleElement().satisfies(s -> {
      assertThat(s.root()).isEqualTo("17");
      assertThat(s.name()).isEqualTo("Coerce");
      assertThat(s.score().f1()).isEqualTo(1.0);
    });
    assertThat(r.worstTexts()).isEmpty();
  }

  @Test
  void wrongRootIsARootLevelMissAndAFalseAlarmInTheConfusionTable() {
    Systems system = analysis().with(KENCOP, KENOPP).with(event(KENCOP, "112", KENOPP));

    EvalReport r = score(gold(ARREST), system);

    assertThat(r.rootLevel().precision()).isZero();
    assertThat(r.rootLevel().recall()).isZero();
    assertThat(r.rootLevel().f1()).isZero();
    assertThat(r.confusion().count("17", "11")).isEqualTo(1);
    assertThat(r.confusion().count("17", Confusion.NONE)).isZero();
    assertThat(r.confusion().labels()).containsExactly("11", "17", Confusion.NONE);
    assertThat(r.attributes().negated().total()).isZero();
    assertThat(r.worstTexts()).singleElement().satisfies(t -> {
      assertThat(t.errors()).isEqualTo(2);
      assertThat(t.missed()).singleElement().satisfies(e -> assertThat(e.cameo()).isEqualTo("173"));
      assertThat(t.spurious()).singleElement().satisfies(e -> assertThat(e.cameo()).isEqualTo("112"));
      assertThat(t.text()).startsWith("Kenyan police arrested");
    });
  }

  @Test
  void eventsWithoutMatchingActorsAreMissesAndFalseAlarmsOfNone() {
    Systems system = analysis().with(KENGOV, KENOPP).with(event(KENGOV, "173", KENOPP));

    EvalReport r = score(gold(ARREST), system);

    assertThat(r.rootLevel().f1()).isZero();
    assertThat(r.confusion().count("17", Confusion.NONE)).isEqualTo(1);
    assertThat(r.confusion().count(Confusion.NONE, "17")).isEqualTo(1);
  }

  @Test
  void rightRootWithWrongSubCodeIsARootMatchButAFullCodeMiss() {
    Systems system = analysis().with(KENCOP, KENOPP).with(event(KENCOP, "172", KENOPP));

    EvalReport r = score(gold(ARREST), system);

    assertThat(r.rootLevel().f1()).isEqualTo(1.0);
    assertThat(r.fullCode().f1()).isZero();
    assertThat(r.confusion().count("17", "17")).isEqualTo(1);
    assertThat(r.worstTexts()).singleElement().satisfies(t -> {
      assertThat(t.missed()).isEmpty();
      assertThat(t.spurious()).isEmpty();
      assertThat(t.wrongCode()).singleElement().satisfies(w -> {
        assertThat(w.gold().cameo()).isEqualTo("173");
        assertThat(w.system().cameo()).isEqualTo("172");
      });
    });
  }

  @Test
  void fullCodeMatchIsPreferredOverAnEarlierRootMatch() {
    Systems system = analysis().with(KENCOP, KENOPP)
        .with(event(KENCOP, "172", KENOPP))
        .with(event(KENCOP, "173", KENOPP));

    EvalReport r = score(gold(ARREST), system);

    assertThat(r.fullCode().goldFound()).isEqualTo(1);
    assertThat(r.fullCode().precision()).isEqualTo(0.5);
    assertThat(r.rootLevel().goldFound()).isEqualTo(1);
    assertThat(r.worstTexts()).singleElement()
        .satisfies(t -> assertThat(t.spurious()).singleElement().satisfies(e -> assertThat(e.cameo()).isEqualTo("172")));
  }

  @Test
  void nullTargetMatchesOnlyNull() {
    GoldText killed = gold("""
        {"id": "t1", "date": "2025-03-04", "text": "Rebels killed six soldiers.",
         "events": [{"source": "KENREB", "target": null, "cameo": "190"}]}""");
    Actor rebels = actor("KENREB", "rebels");

    assertThat(score(killed, analysis().with(rebels).with(event(rebels, "190", null))).fullCode().f1()).isEqualTo(1.0);
    assertThat(score(killed, analysis().with(rebels, KENOPP).with(event(rebels, "190", KENOPP))).rootLevel().f1()).isZero();
  }

  @Test
  void goldActorNamedByNameMatchesASystemAliasIgnoringCase() {
    GoldText met = gold("""
        {"id": "t2", "date": "2025-03-04", "text": "Amina Diallo met the Malian president.",
         "events": [{"source": "amina diallo", "target": "MLIGOV", "cameo": "040"}],
         "actors": [{"name": "Amina Diallo"}, {"code": "mligov"}]}""");
    Actor diallo = actor(null, "Diallo", "Amina Diallo");
    Actor mali = actor("MLIGOV", "the Malian president");

    EvalReport r = score(met, analysis().with(diallo, mali).with(event(diallo, "040", mali)));

    assertThat(r.fullCode().f1()).isEqualTo(1.0);
    assertThat(r.actors().recall()).isEqualTo(1.0);
    assertThat(r.actors().precision()).isEqualTo(1.0);
  }

  @Test
  void everySystemActorCountsForActorPrecision() {
    Systems system = analysis().with(KENCOP, KENOPP, KENGOV, actor("KEN", "Nairobi"));

    EvalReport r = score(gold(ARREST), system);

    assertThat(r.actors().systemCorrect()).isEqualTo(3);
    assertThat(r.actors().system()).isEqualTo(4);
    assertThat(r.actors().precision()).isEqualTo(0.75);
    assertThat(r.actors().recall()).isEqualTo(1.0);
  }

  @Test
  void attributeAccuracyIsComputedOnlyOnMatchedEvents() {
    GoldText two = gold("""
        {"id": "t3", "date": "2025-03-04", "text": "Police did not arrest anyone; the army may shell the town.",
         "events": [{"source": "KENCOP", "target": "KENOPP", "cameo": "173", "negated": true},
                    {"source": "KENMIL", "target": "KENOPP", "cameo": "195", "certainty": "HYPOTHETICAL"}]}""");
    Systems system = analysis().with(KENCOP, KENOPP)
        .with(event(KENCOP, "173", KENOPP, false, Certainty.ALLEGED, null, Systems.DATE.toString(), null))
        .with(event(KENOPP, "195", KENCOP, true, Certainty.HYPOTHETICAL, null, null, null));

    EvalReport r = score(two, system);

    assertThat(r.rootLevel().goldFound()).isEqualTo(1);
    assertThat(r.attributes().negated()).isEqualTo(new Accuracy(0, 1));
    assertThat(r.attributes().certainty()).isEqualTo(new Accuracy(0, 1));
    assertThat(r.attributes().date()).isEqualTo(new Accuracy(1, 1));
    assertThat(r.attributes().quantity()).isEqualTo(new Accuracy(1, 1));
    assertThat(r.attributes().claimedBy()).isEqualTo(new Accuracy(1, 1));
  }

  @Test
  void dateClaimantAndQuantityFollowTheDocumentedRules() {
    Systems system = analysis().with(KENCOP, KENOPP)
        .with(event(KENCOP, "173", KENOPP, false, Certainty.ASSERTED, "Interior  Ministry officials", "2025-03", null));

    EvalReport r = score(gold(ARREST), system);

    assertThat(r.attributes().claimedBy()).isEqualTo(new Accuracy(1, 1));
    assertThat(r.attributes().date()).isEqualTo(new Accuracy(0, 1));
    assertThat(r.attributes().quantity()).isEqualTo(new Accuracy(0, 1));
    assertThat(Scorer.sameClaimant("the ministry", "The Ministry of Health")).isTrue();
    assertThat(Scorer.sameClaimant("the ministry", null)).isFalse();
    assertThat(Scorer.sameClaimant(null, null)).isTrue();
  }

  @Test
  void quoteSpeakerMatchesByActorCodeOrBySpeakerWords() {
    GoldText quoted = gold("""
        {"id": "t4", "date": "2025-03-04", "text": "...", "events": [],
         "quotes": [{"speaker": "KENGOV", "text": "restore order"},
                    {"speaker": "the sources", "text": "talks have stalled"},
                    {"speaker": null, "text": "no one said this"},
                    {"speaker": "KENOPP", "text": "We will march again"}]}""");
    Systems system = analysis().with(KENGOV, KENOPP)
        .quote(KENGOV, "the minister", "We will restore order, whatever it takes.")
        .quote(null, "the sources", "The talks have   stalled.")
        .quote(KENGOV, "the minister", "We will march again");

    EvalReport r = score(quoted, system);

    assertThat(r.quotes().found()).isEqualTo(new Accuracy(3, 4));
    assertThat(r.quotes().speaker()).isEqualTo(new Accuracy(2, 4));
  }

  @Test
  void scoresSumOverTextsAndTheWorstTextComesFirst() {
    GoldText other = gold("""
        {"id": "t5", "date": "2025-03-04", "text": "Kenyan police arrested protesters.",
         "events": [{"source": "KENCOP", "target": "KENOPP", "cameo": "173"}]}""");
    Scorer scorer = new Scorer()
        .add(gold(ARREST), analysis().with(KENCOP, KENOPP).with(event(KENCOP, "173", KENOPP)).build("dev-017"))
        .add(other, analysis().with(KENCOP, KENOPP).with(event(KENCOP, "112", KENOPP)).with(event(KENOPP, "010", null)).build("t5"));

    EvalReport r = scorer.report(1);

    assertThat(r.texts()).isEqualTo(2);
    assertThat(r.fullCode().gold()).isEqualTo(2);
    assertThat(r.fullCode().system()).isEqualTo(3);
    assertThat(r.fullCode().goldFound()).isEqualTo(1);
    assertThat(r.worstTexts()).singleElement().satisfies(t -> assertThat(t.id()).isEqualTo("t5"));
    assertThat(r.roots()).extracting(EvalReport.RootScore::root).containsExactly("01", "11", "17");
  }

  @Test
  void emptyGoldAndEmptySystemLeaveScoresUndefined() {
    GoldText none = gold("{\"id\": \"t6\", \"date\": \"2025-03-04\", \"text\": \"Nothing happened.\"}");

    EvalReport r = score(none, analysis());

    assertThat(r.rootLevel().precision()).isNull();
    assertThat(r.rootLevel().f1()).isNull();
    assertThat(r.attributes().negated().rate()).isNull();
  }
}
