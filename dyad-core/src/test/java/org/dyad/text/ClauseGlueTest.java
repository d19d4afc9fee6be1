package org.dyad.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClauseGlueTest {
  private final ClauseGlue step = new ClauseGlue();

  private String clean(String text) {
    return Cleaning.cleaned(step, text);
  }

  @Test
  void missingSpaceAfterACommaBetweenLettersIsInserted() {
    assertThat(clean("renewed cooperation,the current impasse")).isEqualTo("renewed cooperation, the current impasse");
    assertThat(clean("geopolitical dynamics,including Iran")).isEqualTo("geopolitical dynamics, including Iran");
  }

  @Test
  void missingSpaceAfterASemicolonIsInserted() {
    assertThat(clean("not bilateral;it is")).isEqualTo("not bilateral; it is");
  }

  @Test
  void ellipsisGluedBetweenWordsGetsASpaceAfterIt() {
    assertThat(clean("the channels established…have broken")).isEqualTo("the channels established… have broken");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1,000 people", "3,5 and 2;3", "people… and", "see example.com/a,b now", "the end…", "a ,b"})
  void numbersAddressesAndSpacedPunctuationAreLeftAlone(String text) {
    assertThat(clean(text)).isEqualTo(text);
  }
}
