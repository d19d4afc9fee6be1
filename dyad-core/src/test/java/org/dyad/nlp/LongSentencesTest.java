package org.dyad.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where an overlong sentence is cut: at its strongest clause boundary near the limit, else hard. */
class LongSentencesTest {
  private static final LongSentences TEN = new LongSentences(10);

  private static List<String> words(String text) {
    return Arrays.asList(text.split(" "));
  }

  /** The pieces the cuts give, each as its words joined by spaces. */
  private static List<String> pieces(String text) {
    List<String> w = words(text);
    List<String> out = new ArrayList<>();
    int from = 0;
    for (LongSentences.Cut c : TEN.cuts(w)) {
      out.add(String.join(" ", w.subList(from, c.index())));
      from = c.index();
    }
    out.add(String.join(" ", w.subList(from, w.size())));
    return out;
  }

  @Test
  void sentenceWithinTheLimitIsNeverCut() {
    assertThat(TEN.cuts(words("one two three four five six seven eight nine ten"))).isEmpty();
    assertThat(TEN.cuts(List.of())).isEmpty();
  }

  @Test
  void semicolonIsPreferredToALaterComma() {
    assertThat(pieces("a b c d e f ; g , h i j k l"))
        .containsExactly("a b c d e f ;", "g , h i j k l");
  }

  @Test
  void commaIsPreferredToAConjunction() {
    assertThat(pieces("a b c d e , f and g h i j k l"))
        .containsExactly("a b c d e ,", "f and g h i j k l");
  }

  @Test
  void conjunctionStartsTheNextPiece() {
    List<LongSentences.Cut> cuts = TEN.cuts(words("a b c d e f g but h i j k"));

    assertThat(cuts).containsExactly(new LongSentences.Cut(7, 7, "'but'"));
  }

  @Test
  void boundaryInTheFirstHalfIsNotUsedSoPiecesStayLong() {
    assertThat(pieces("a , b c d e f g h i j k l")).containsExactly("a , b c d e f g h i", "j k l");
  }

  @Test
  void wordsWithNoBoundaryAreCutHardAtTheLimit() {
    List<String> w = new ArrayList<>();
    for (int i = 0; i < 35; i++) {
      w.add("w" + i);
    }

    List<LongSentences.Cut> cuts = TEN.cuts(w);

    assertThat(cuts).extracting(LongSentences.Cut::index).containsExactly(10, 20, 30);
    assertThat(cuts).extracting(LongSentences.Cut::at).containsOnly("no boundary (a hard cut)");
    assertThat(cuts.get(0).mark()).isEqualTo(9);
  }

  @Test
  void everyPieceOfAHugeSentenceIsWithinTheLimit() {
    List<String> w = words(NewsClauses.oneSentence(20_000));
    LongSentences limit = new LongSentences(150);
    int from = 0;
    for (LongSentences.Cut c : limit.cuts(w)) {
      assertThat(c.index() - from).isBetween(75, 150);
      assertThat(w.get(c.index())).isEqualTo("and");
      from = c.index();
    }
    assertThat(w.size() - from).isLessThanOrEqualTo(150);
  }

  @Test
  void limitBelowTwoIsRefused() {
    assertThatThrownBy(() -> new LongSentences(1)).hasMessage("maxTokens must be >= 2, got 1");
  }
}
