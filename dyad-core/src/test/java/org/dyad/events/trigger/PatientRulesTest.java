package org.dyad.events.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.dyad.nlp.Conllu;
import org.dyad.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** Whether a trigger has a patient, so that an event with no actor for it is still an act, on hand-written parses. */
class PatientRulesTest {
  private static final String THANKED = """
      # text = The minister thanked WHOM for the help.
      1 The      _     _ DT  _ 2 det    _ _
      2 minister _     _ NN  _ 3 nsubj  _ _
      3 thanked  thank _ VBD _ 0 root   _ _
      4 WHOM     _     _ PRP _ 3 obj    _ _
      5 for      _     _ IN  _ 7 case   _ _
      6 the      _     _ DT  _ 7 det    _ _
      7 help     _     _ NN  _ 3 obl:for _ SpaceAfter=No
      8 .        _     _ .   _ 3 punct  _ _
      """;

  @Test
  void theSpeakersAddresseeIsNoPatient() {
    assertThat(TriggerFinder.hasPatient(sentence("you"), trigger(sentence("you")))).isFalse();
    assertThat(TriggerFinder.hasPatient(sentence("us"), trigger(sentence("us")))).isFalse();
  }

  @Test
  void aThirdPersonObjectIsAPatient() {
    assertThat(TriggerFinder.hasPatient(sentence("them"), trigger(sentence("them")))).isTrue();
  }

  private static Sentence sentence(String whom) {
    return Conllu.sentence(THANKED.replace("WHOM", whom));
  }

  private static Trigger trigger(Sentence s) {
    return new Trigger(0, Conllu.indexOf(s, "thanked"), new LexiconEntry("thank", Map.of(), "051"), false);
  }
}
