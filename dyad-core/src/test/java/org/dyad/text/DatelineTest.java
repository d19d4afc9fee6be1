package org.dyad.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineTest {
  private final Dateline step = new Dateline();

  private String clean(String text) {
    return Cleaning.cleaned(step, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "YANGON, May 14 - Reports have emerged that the army executed prisoners.",
      "WASHINGTON (Reuters) - The Senate passed the bill.",
      "GAZA CITY, Jan. 3 (AP) — Israeli strikes killed 12 people.",
      "PORT-AU-PRINCE, Haiti, March 2 -- Gangs attacked a police station."})
  void aWireDatelineBecomesAParagraphOfItsOwn(String text) {
    String cleaned = clean(text);
    assertThat(cleaned).contains("\n\n");
    assertThat(cleaned.substring(cleaned.indexOf("\n\n") + 2)).doesNotStartWith(" ").doesNotStartWith("-");
    assertThat(cleaned.substring(0, cleaned.indexOf("\n\n"))).doesNotContain(" - ").doesNotEndWith(" ");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The army - not the police - made the arrests.",
      "NATO said on Monday that it would send more troops.",
      "UN - the world body - said it would help.",
      "NATO - the Western military alliance - condemned Russia on Tuesday.",
      "Yangon, May 14 - lowercase cities are not datelines."})
  void sentencesThatMerelyStartWithCapitalsAreLeftAlone(String text) {
    assertThat(clean(text)).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Headline\n\nBAMAKO, March 12 - Fighters ambushed a convoy.", "First paragraph.\nBAMAKO, March 12 - Fighters ambushed a convoy."})
  void aDatelineAfterAHeadlineIsFoundToo(String text) {
    assertThat(clean(text)).contains("BAMAKO, March 12\n\nFighters");
  }
}
