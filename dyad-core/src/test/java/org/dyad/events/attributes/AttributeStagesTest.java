package org.dyad.events.attributes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dyad.events.trigger.LexiconEntry;
import org.dyad.events.trigger.Trigger;
import org.dyad.model.Event.Certainty;
import org.dyad.nlp.Conllu;
import org.dyad.nlp.NlpDocument;
import org.dyad.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** The attribute stages share one contract: each reads the telling and returns new attributes (hand-written parse). */
class AttributeStagesTest {
  private static final String KILLED = """
      # text = Gunmen killed 150 villagers in Zamfara on Monday.
      1  Gunmen    gunman   _ NNS _ 2 nsubj   _ _
      2  killed    kill     _ VBD _ 0 root    _ _
      3  150       150      _ CD  _ 4 nummod  _ NER=NUMBER
      4  villagers villager _ NNS _ 2 obj     _ _
      5  in        _        _ IN  _ 6 case    _ _
      6  Zamfara   _        _ NNP _ 2 obl:in  _ NER=LOCATION
      7  on        _        _ IN  _ 8 case    _ _
      8  Monday    _        _ NNP _ 2 obl:on  _ SpaceAfter=No
      9  .         _        _ .   _ 2 punct   _ _
      """;
  private static final LocalDate SATURDAY = LocalDate.of(2024, 10, 19);

  private static Told killed() {
    NlpDocument doc = Conllu.document(KILLED);
    Sentence s = doc.sentences().get(0);
    Trigger t = new Trigger(0, Conllu.indexOf(s, "killed"), new LexiconEntry("kill", Map.of(), "1823"), false);
    return new Told(doc, s, t, List.of(), SATURDAY, false);
  }

  @Test
  void scaleReadsTheQuantityTheStageBeforeItFound() {
    Told told = killed();
    Attributes counted = new Quantities().apply(told, Attributes.of(told.t()));
    Attributes scaled = new MassKillings().apply(told, counted);
    assertThat(counted.quantity()).isEqualTo(150);
    assertThat(counted.cameo()).isEqualTo("1823");
    assertThat(scaled.cameo()).isEqualTo(MassKillings.MASS_KILLING);
  }

  @Test
  void aStageReturnsNewAttributesAndLeavesWhatItWasGivenAlone() {
    Told told = killed();
    Attributes before = Attributes.of(told.t());
    Attributes after = new EventTime().apply(told, before);
    assertThat(before.date()).isNull();
    assertThat(before.rules()).isEmpty();
    assertThat(after.date()).isEqualTo(new EventDate("2024-10-14", true));
    assertThat(after.rules()).containsExactly("own-phrase");
  }

  @Test
  void anAnswerToAnAccusationIsAssertedAndClaimedByNoOne() {
    Told told = killed();
    Told answer = new Told(told.doc(), told.s(), told.t(), told.quotes(), told.articleDate(), true);
    Attributes a = new Attribution(java.util.Set.of()).apply(answer, new Modality().apply(answer, Attributes.of(answer.t())));
    assertThat(a.certainty()).isEqualTo(Certainty.ASSERTED);
    assertThat(a.claim()).isNull();
    assertThat(a.rules()).isEmpty();
  }
}
