package org.dyad.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordListsTest {
  @Test
  void commonWordsHoldOrdinaryWordsThatAlsoServeAsNames() {
    CommonWords words = CommonWords.bundled();
    for (String word : List.of("will", "may", "march", "said", "hope", "new", "state", "group", "regime", "the", "council")) {
      assertThat(words.contains(word)).as(word).isTrue();
    }
    assertThat(words.size()).isBetween(3_000, 10_000);
  }

  @Test
  void commonWordsHoldNoNamesOfTheSharedArticle() {
    CommonWords words = CommonWords.bundled();
    for (String name : List.of("hamas", "assad", "gaza", "iran", "sinwar", "hezbollah", "mansour", "syria", "al", "nasrallah")) {
      assertThat(words.contains(name)).as(name).isFalse();
    }
  }

  @Test
  void commonWordLineThatIsNotOneLowercaseWordIsRejectedWithTheLine() {
    assertThatThrownBy(() -> CommonWords.parse(List.of("the", "New York")))
        .hasMessageContaining("common-words.txt")
        .hasMessageContaining("'New York'");
  }

  @Test
  void abbreviationsKnowTitlesAndOtherAbbreviationsIgnoringCase() {
    Abbreviations abbreviations = Abbreviations.bundled();
    List<String> titles = List.of(
        "Dr", "dr", "Mr", "Mrs", "Ms", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Adm", "Gov", "Sen", "Rep", "Rev", "St");
    for (String title : titles) {
      assertThat(abbreviations.isTitle(title)).as(title).isTrue();
    }
    for (String other : List.of("Jr", "Sr", "No", "vs", "etc", "Inc", "Ltd", "Co", "U.S", "U.K", "U.N", "E.U", "e.g", "i.e")) {
      assertThat(abbreviations.isAbbreviation(other)).as(other).isTrue();
      assertThat(abbreviations.isTitle(other)).as(other).isFalse();
    }
    assertThat(abbreviations.isAbbreviation("Hamas")).isFalse();
  }

  @Test
  void abbreviationLineWithoutAKindIsRejectedWithTheLine() {
    assertThatThrownBy(() -> Abbreviations.parse(List.of("abbreviation\tkind", "Dr\tdoctor")))
        .hasMessageContaining("'Dr\tdoctor'");
    assertThatThrownBy(() -> Abbreviations.parse(List.of("Dr\ttitle"))).hasMessageContaining("header");
  }

  @Test
  void missingWordListIsReportedByName() {
    assertThatThrownBy(() -> Lexicon.lines("no-such-list.txt")).hasMessageContaining("no-such-list.txt");
  }
}
