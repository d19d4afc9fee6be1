package org.dyad.events.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.dyad.nlp.Conllu;
import org.dyad.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** An accusation made specific by the act it charges, on hand-written parses. */
class ChargesTest {
  private static final Charges CHARGES = Charges.bundled();

  private static final String ACCUSED_OF_FIRING = """
      # text = Azerbaijan accused Armenian forces of firing on its positions.
      1 Azerbaijan _       _ NNP  _ 2 nsubj      _ NER=LOCATION
      2 accused    accuse  _ VBD  _ 0 root       _ _
      3 Armenian   _       _ JJ   _ 4 amod       _ NER=MISC
      4 forces     force   _ NNS  _ 2 obj        _ _
      5 of         _       _ IN   _ 6 mark       _ _
      6 firing     fire    _ VBG  _ 2 advcl:of   _ _
      7 on         _       _ IN   _ 9 case       _ _
      8 its        _       _ PRP$ _ 9 nmod:poss  _ _
      9 positions  position _ NNS _ 6 obl:on     _ SpaceAfter=No
      10 .         _       _ .    _ 2 punct      _ _
      """;

  @Test
  void anAccusationOfFightingIsAnAccusationOfAggressionAndTheFightingStays() {
    Sentence s = Conllu.sentence(ACCUSED_OF_FIRING);
    List<Trigger> refined = CHARGES.refine(s, List.of(trigger(s, "accused", "112"), trigger(s, "firing", "190")));

    assertThat(refined).extracting(t -> t.entry().cameo()).containsExactly("1123", "190");
  }

  @Test
  void aSpecificAccusationKeepsItsCode() {
    Sentence s = Conllu.sentence(ACCUSED_OF_FIRING);
    List<Trigger> refined = CHARGES.refine(s, List.of(trigger(s, "accused", "1121"), trigger(s, "firing", "190")));

    assertThat(refined).extracting(t -> t.entry().cameo()).containsExactly("1121", "190");
  }

  @Test
  void beingSomethingIsAStatusNotACharge() {
    Sentence s = Conllu.sentence("""
        # text = They accused him of being behind the killing.
        1 They    _       _ PRP _ 2 nsubj    _ _
        2 accused accuse  _ VBD _ 0 root     _ _
        3 him     _       _ PRP _ 2 obj      _ _
        4 of      _       _ IN  _ 8 mark     _ _
        5 being   be      _ VBG _ 8 cop      _ _
        6 behind  _       _ IN  _ 8 case     _ _
        7 the     _       _ DT  _ 8 det      _ _
        8 killing _       _ NN  _ 2 advcl:of _ SpaceAfter=No
        9 .       _       _ .   _ 2 punct    _ _
        """);
    List<Trigger> refined = CHARGES.refine(s, List.of(trigger(s, "accused", "112"), trigger(s, "killing", "1823")));

    assertThat(refined).extracting(t -> t.entry().cameo()).containsExactly("112", "1823");
  }

  private static Trigger trigger(Sentence s, String word, String cameo) {
    int token = Conllu.indexOf(s, word);
    return new Trigger(s.index(), token, new LexiconEntry(s.token(token).lemma(), Map.of(), cameo), s.token(token).isNoun());
  }
}
