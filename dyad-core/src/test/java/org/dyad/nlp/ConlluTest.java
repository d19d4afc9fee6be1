package org.dyad.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-written CoNLL-U read into the records CoreNLP fills, as CoreNLP 4.5.10 fills them. */
class ConlluTest {
  private static final String ENTERED = """
      # text = Troops entered the town.
      1 Troops  troops _ NNS _ 2 nsubj _ _
      2 entered enter  _ VBD _ 0 root  _ _
      3 the     _      _ DT  _ 4 det   _ _
      4 town    _      _ NN  _ 2 obj   _ SpaceAfter=No
      5 .       _      _ .   _ 2 punct _ _
      """;

  private static final String WITHDREW = """
      # text = Rebels withdrew on Sunday.
      1 Rebels  rebel    _ NNS _ 2 nsubj  _ _
      2 withdrew withdraw _ VBD _ 0 root   _ _
      3 on      _        _ IN  _ 4 case   _ _
      4 Sunday  _        _ NNP _ 2 obl:on _ SpaceAfter=No
      5 .       _        _ .   _ 2 punct  _ _
      """;

  /** Both verbs share their subject; "dozens of" is a quantifier of "protesters" in enhanced++. */
  private static final String ARRESTED_AND_BEAT = """
      # text = Police arrested and beat dozens of protesters.
      1 Police     police    _ NNS _ 2 nsubj    2:nsubj|4:nsubj _
      2 arrested   arrest    _ VBN _ 0 root     _               _
      3 and        _         _ CC  _ 4 cc       _               _
      4 beat       _         _ VBN _ 2 conj:and _               _
      5 dozens     dozen     _ NNS _ 2 obj      7:det:qmod      _
      6 of         _         _ IN  _ 7 case     5:fixed         _
      7 protesters protester _ NNS _ 5 nmod     2:obj           SpaceAfter=No
      8 .          _         _ .   _ 2 punct    _               _
      """;

  @Test
  void theTextIsTheTokensJoinedBySpacesAndTheOffsetsPointIntoIt() {
    NlpDocument doc = Conllu.document(ENTERED);
    Sentence s = doc.sentences().get(0);
    assertThat(doc.text()).isEqualTo("Troops entered the town.");
    assertThat(s.token(3)).isEqualTo(new Token(3, "town", "town", "NN", "O", 19, 23));
    assertThat(doc.text().substring(s.token(4).start(), s.token(4).end())).isEqualTo(".");
    assertThat(List.of(s.start(), s.end())).containsExactly(0, 24);
  }

  @Test
  void indexesAreZeroBasedAndTheRootIsARelationFromMinusOneListedFirst() {
    Sentence s = Conllu.sentence(ENTERED);
    assertThat(s.dependencies()).containsExactly(new Dependency("root", -1, 1), new Dependency("nsubj", 1, 0),
        new Dependency("obj", 1, 3), new Dependency("punct", 1, 4), new Dependency("det", 3, 2));
  }

  @Test
  void xposIsThePennTagAMissingLemmaIsTheFormAndNerComesFromMisc() {
    Sentence s = Conllu.sentence("""
        1 Kenyan  _      _ JJ  _ 2 amod  _ NER=MISC
        2 police  _      _ NNS _ 3 nsubj _ _
        3 met     meet   _ VBD _ 0 root  _ _
        4 Ruto    _      _ NNP _ 3 obj   _ NER=PERSON
        """);
    assertThat(s.token(3)).isEqualTo(new Token(3, "Ruto", "Ruto", "NNP", "PERSON", 18, 22));
    assertThat(s.tokens()).extracting(Token::ner).containsExactly("MISC", "O", "O", "PERSON");
    assertThat(s.token(2).lemma()).isEqualTo("meet");
  }

  @Test
  void theDepsColumnGivesEveryEnhancedHeadInPlaceOfHeadAndDeprel() {
    Sentence s = Conllu.sentence(ARRESTED_AND_BEAT);
    assertThat(s.heads(0)).containsExactly(new Dependency("nsubj", 1, 0), new Dependency("nsubj", 3, 0));
    assertThat(s.heads(4)).containsExactly(new Dependency("det:qmod", 6, 4));
    assertThat(s.heads(6)).containsExactly(new Dependency("obj", 1, 6));
  }

  @Test
  void withoutDepsTheDeprelMaySpellAnEnhancedRelation() {
    Sentence s = Conllu.sentence(WITHDREW);
    assertThat(s.heads(3)).containsExactly(new Dependency("obl:on", 1, 3));
    assertThat(s.heads(3).get(0).baseRelation()).isEqualTo("obl");
  }

  @Test
  void edgesComeGroupedByGovernorInTheOrderCoreNlpListsThem() {
    Sentence s = Conllu.sentence("""
        # text = Sources close to Hamas claim that Israeli forces arrested two of its commanders.
        1  Sources    source    _ NNS  _ 5  nsubj     _              _
        2  close      _         _ JJ   _ 1  amod      4:case         _
        3  to         _         _ IN   _ 4  case      2:fixed        _
        4  Hamas      _         _ NNP  _ 2  obl       1:obl:close_to NER=ORGANIZATION
        5  claim      _         _ VBP  _ 0  root      _              _
        6  that       _         _ IN   _ 9  mark      _              _
        7  Israeli    _         _ JJ   _ 8  amod      _              NER=MISC
        8  forces     force     _ NNS  _ 9  nsubj     _              _
        9  arrested   arrest    _ VBD  _ 5  ccomp     _              _
        10 two        _         _ CD   _ 9  obj       _              _
        11 of         _         _ IN   _ 13 case      _              _
        12 its        _         _ PRP$ _ 13 nmod:poss _              _
        13 commanders commander _ NNS  _ 10 nmod:of   _              SpaceAfter=No
        14 .          _         _ .    _ 5  punct     _              _
        """);
    // as CoreNLP 4.5.10 lists them: enhanced++ made "close to" a preposition of "Hamas", whose edges
    // now come before those of "close"
    assertThat(s.dependencies()).containsExactly(new Dependency("root", -1, 4), new Dependency("nsubj", 4, 0),
        new Dependency("ccomp", 4, 8), new Dependency("punct", 4, 13), new Dependency("obl:close_to", 0, 3),
        new Dependency("case", 3, 1), new Dependency("fixed", 1, 2), new Dependency("mark", 8, 5),
        new Dependency("nsubj", 8, 7), new Dependency("obj", 8, 9), new Dependency("amod", 7, 6),
        new Dependency("nmod:of", 9, 12), new Dependency("case", 12, 10), new Dependency("nmod:poss", 12, 11));
  }

  @Test
  void theTriggerOfATestIsFoundByItsWord() {
    Sentence s = Conllu.sentence(WITHDREW);
    assertThat(Conllu.indexOf(s, "Sunday")).isEqualTo(3);
    assertThatThrownBy(() -> Conllu.indexOf(s, "Monday")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void blankLinesSeparateSentencesWhoseOffsetsRunOnThroughTheText() {
    NlpDocument doc = Conllu.document("# newdoc\n" + ENTERED + "\n" + WITHDREW);
    assertThat(doc.text()).isEqualTo("Troops entered the town. Rebels withdrew on Sunday.");
    Sentence second = doc.sentences().get(1);
    assertThat(second.index()).isEqualTo(1);
    assertThat(List.of(second.start(), second.end())).containsExactly(25, 51);
    assertThat(second.token(3).start()).isEqualTo(44);
    assertThat(doc.sentenceAt(30)).isSameAs(second);
  }

  @Test
  void spaceAfterNoGluesAWordTogether() {
    NlpDocument doc = Conllu.document("""
        1 Al       _ _ NNP  _ 3 compound _ NER=ORGANIZATION|SpaceAfter=No
        2 -        _ _ HYPH _ 3 punct    _ NER=ORGANIZATION|SpaceAfter=No
        3 Mayadeen _ _ NNP  _ 4 nsubj    _ NER=ORGANIZATION
        4 reported report _ VBD _ 0 root _ _
        """);
    assertThat(doc.text()).isEqualTo("Al-Mayadeen reported");
    assertThat(doc.sentences().get(0).token(2).start()).isEqualTo(3);
  }

  @Test
  void tabsSeparateColumnsAsWellAsSpaces() {
    String tabbed = ENTERED.lines().map(l -> l.startsWith("#") ? l : l.replaceAll(" +", "\t"))
        .reduce("", (a, l) -> a + l + "\n");
    assertThat(Conllu.sentence(tabbed)).isEqualTo(Conllu.sentence(ENTERED));
  }

  @Test
  void aTextCommentTheTokensDoNotSpellIsRejected() {
    assertThatThrownBy(() -> Conllu.sentence(ENTERED.replace("SpaceAfter=No", "_")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Troops entered the town .");
  }

  @Test
  void multiwordRangesAndWrongColumnCountsAreRejected() {
    assertThatThrownBy(() -> Conllu.sentence("1-2 don't _ _ _ _ _ _ _ _\n1 do do _ VBP _ 0 root _ _"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1-2");
    assertThatThrownBy(() -> Conllu.sentence("1 Troops troops NNS 0 root"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10");
  }

  @Test
  void aSingleSentenceIsRequiredWhereOneIsAsked() {
    assertThatThrownBy(() -> Conllu.sentence(ENTERED + "\n" + WITHDREW)).isInstanceOf(IllegalArgumentException.class);
  }
}
