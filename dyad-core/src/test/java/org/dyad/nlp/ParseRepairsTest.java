package org.dyad.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The mends of known misparses, on hand-written parses as CoreNLP 4.5.10 gives them. */
class ParseRepairsTest {
  /** As CoreNLP parses it: "fishermen" the subject of "detained", which hangs from "released" as dep. */
  private static final String RELEASED_DETAINED = """
      # text = Guards released the fishermen detained near the islands.
      1 Guards    guard     _ NNS _ 2 nsubj    _ _
      2 released  release   _ VBD _ 0 root     _ _
      3 the       _         _ DT  _ 4 det      _ _
      4 fishermen fisherman _ NNS _ 5 nsubj    _ _
      5 detained  detain    _ VBN _ 2 dep      _ _
      6 near      _         _ IN  _ 8 case     _ _
      7 the       _         _ DT  _ 8 det      _ _
      8 islands   island    _ NNS _ 5 obl:near _ SpaceAfter=No
      9 .         _         _ .   _ 2 punct    _ _
      """;

  /** A clause of its own: "said the talks had failed" keeps its subject. */
  private static final String SAID_HAD_FAILED = """
      # text = Officials said the talks had failed.
      1 Officials official _ NNS _ 2 nsubj _ _
      2 said      say      _ VBD _ 0 root  _ _
      3 the       _        _ DT  _ 4 det   _ _
      4 talks     talk     _ NNS _ 6 nsubj _ _
      5 had       have     _ VBD _ 6 aux   _ _
      6 failed    fail     _ VBN _ 2 ccomp _ SpaceAfter=No
      7 .         _        _ .   _ 2 punct _ _
      """;

  /** As CoreNLP parses it: "warned it" the clausal subject of "launch". */
  private static final String WARNED_IT_WOULD = """
      # text = Pakistan warned it would launch strikes.
      1 Pakistan Pakistan _ NNP _ 2 nsubj _ NER=LOCATION
      2 warned   warn     _ VBD _ 5 csubj _ _
      3 it       _        _ PRP _ 2 obj   _ _
      4 would    _        _ MD  _ 5 aux   _ _
      5 launch   _        _ VB  _ 0 root  _ _
      6 strikes  strike   _ NNS _ 5 obj   _ SpaceAfter=No
      7 .        _        _ .   _ 5 punct _ _
      """;

  /** As CoreNLP parses it: "firing" an adjective of "rockets", which hangs from "accused" marked "of". */
  private static final String ACCUSED_OF_FIRING = """
      # text = Israel accused Hezbollah of firing rockets at towns.
      1 Israel    Israel    _ NNP _ 2 nsubj    _ NER=LOCATION
      2 accused   accuse    _ VBD _ 0 root     _ _
      3 Hezbollah Hezbollah _ NNP _ 2 obj      _ NER=ORGANIZATION
      4 of        _         _ IN  _ 6 case     _ _
      5 firing    fire      _ VBG _ 6 amod     _ _
      6 rockets   rocket    _ NNS _ 2 obl:of   _ _
      7 at        _         _ IN  _ 8 case     _ _
      8 towns     town      _ NNS _ 6 nmod:at  _ SpaceAfter=No
      9 .         _         _ .   _ 2 punct    _ _
      """;

  @Test
  void aGerundReadAsTheAdjectiveOfWhatItChargesHeadsThePhrase() {
    Sentence s = Conllu.sentence(ACCUSED_OF_FIRING);
    List<Dependency> mended = ParseRepairs.apply(s.tokens(), s.dependencies());
    assertThat(mended).contains(new Dependency("obl:of", 1, 4), new Dependency("case", 4, 3),
        new Dependency("obj", 4, 5), new Dependency("obl:at", 4, 7))
        .doesNotContain(new Dependency("amod", 5, 4), new Dependency("obl:of", 1, 5), new Dependency("nmod:at", 5, 7));
  }

  @Test
  void aGerundAfterAVerbWithNoObjectStaysAnAdjective() {
    Sentence s = Conllu.sentence(ACCUSED_OF_FIRING.replace("3 Hezbollah Hezbollah _ NNP _ 2 obj", "3 Hezbollah Hezbollah _ NNP _ 2 dep"));
    assertThat(ParseRepairs.apply(s.tokens(), s.dependencies())).isEqualTo(s.dependencies());
  }

  @Test
  void aGerundUnderAVerbThatChargesNoOneStaysAnAdjective() {
    Sentence s = Conllu.sentence(ACCUSED_OF_FIRING.replace("2 accused   accuse ", "2 accused   warn   "));
    assertThat(ParseRepairs.apply(s.tokens(), s.dependencies())).isEqualTo(s.dependencies());
  }

  /** As CoreNLP parses it: "protesters" the subject of "said", the ministry its apposition. */
  private static final String DETAINED_MINISTRY_SAID = """
      # text = Police detained dozens of protesters, the interior ministry said.
      1  Police     police    _ NNS _ 2  nsubj    _ _
      2  detained   detain    _ VBD _ 0  root     _ _
      3  dozens     dozen     _ NNS _ 5  det:qmod _ _
      4  of         _         _ IN  _ 3  fixed    _ _
      5  protesters protester _ NNS _ 10 nsubj    _ SpaceAfter=No
      6  ,          _         _ ,   _ 5  punct    _ _
      7  the        _         _ DT  _ 9  det      _ _
      8  interior   _         _ JJ  _ 9  amod     _ _
      9  ministry   ministry  _ NN  _ 5  appos    _ _
      10 said       say       _ VBD _ 2  ccomp    _ SpaceAfter=No
      11 .          _         _ .   _ 2  punct    _ _
      """;

  @Test
  void aClosingReportWhoseSubjectTheParserTookFromTheVerbBeforeGivesItBack() {
    Sentence s = Conllu.sentence(DETAINED_MINISTRY_SAID);
    List<Dependency> mended = ParseRepairs.apply(s.tokens(), s.dependencies());
    assertThat(mended).contains(new Dependency("obj", 1, 4), new Dependency("nsubj", 9, 8), new Dependency("parataxis", 1, 9))
        .doesNotContain(new Dependency("nsubj", 9, 4), new Dependency("appos", 4, 8), new Dependency("ccomp", 1, 9));
  }

  @Test
  void aReportedClauseUnderAVerbWithAnObjectKeepsTheParse() {
    Sentence s = Conllu.sentence(DETAINED_MINISTRY_SAID.replace("3  dozens     dozen     _ NNS _ 5  det:qmod", "3  dozens     dozen     _ NNS _ 2  obj     "));
    assertThat(ParseRepairs.apply(s.tokens(), s.dependencies())).isEqualTo(s.dependencies());
  }

  @Test
  void aPronounBeforeAModalIsTheSubjectOfTheClauseTheVerbBeforeItGoverns() {
    Sentence s = Conllu.sentence(WARNED_IT_WOULD);
    List<Dependency> mended = ParseRepairs.apply(s.tokens(), s.dependencies());
    assertThat(mended).contains(new Dependency("root", -1, 1), new Dependency("ccomp", 1, 4),
        new Dependency("nsubj", 4, 2), new Dependency("nsubj", 1, 0), new Dependency("punct", 1, 6))
        .doesNotContain(new Dependency("csubj", 4, 1), new Dependency("obj", 1, 2), new Dependency("root", -1, 4));
  }

  @Test
  void aNounBeforeABareParticipleIsTheVerbsObject() {
    Sentence s = Conllu.sentence(RELEASED_DETAINED);
    List<Dependency> mended = ParseRepairs.apply(s.tokens(), s.dependencies());
    assertThat(mended).contains(new Dependency("obj", 1, 3), new Dependency("acl", 3, 4))
        .doesNotContain(new Dependency("nsubj", 4, 3), new Dependency("dep", 1, 4));
  }

  @Test
  void aClauseWithAnAuxiliaryKeepsItsSubject() {
    Sentence s = Conllu.sentence(SAID_HAD_FAILED);
    assertThat(ParseRepairs.apply(s.tokens(), s.dependencies())).isEqualTo(s.dependencies());
  }

  @Test
  void aVerbThatHasAnObjectKeepsTheParse() {
    Sentence s = Conllu.sentence(RELEASED_DETAINED.replace("2 dep", "2 ccomp")
        .replace("3 the       _         _ DT  _ 4 det", "3 the       _         _ DT  _ 2 obj"));
    assertThat(ParseRepairs.apply(s.tokens(), s.dependencies())).isEqualTo(s.dependencies());
  }
}
