package org.dyad.sources;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeadlineTest {
  private static final String BODY = "Syrian authorities arrested dozens of Hamas members on Sunday, officials said.";

  @Test
  void aShortFirstLineSetOffByABlankLineIsTheHeadline() {
    assertThat(Headline.of("Syria arrests Hamas members\n\n" + BODY)).contains("Syria arrests Hamas members");
    assertThat(Headline.of("\r\n  Is the truce over?  \r\n\r\n" + BODY)).contains("Is the truce over?");
  }

  /** A first paragraph (a dateline's, one ending in a colon), a line wrapped inside one, a line with nothing after it. */
  @ParameterizedTest
  @ValueSource(strings = {
      "DAMASCUS, December 8 - Syrian authorities arrested dozens of Hamas members, officials said.\n\nMore text.",
      "Hamas said on Sunday:\n\nMore text.",
      "Syrian authorities arrested dozens\nof Hamas members on Sunday.\n\nMore.",
      "Syria arrests Hamas members\n\n",
      "Syria arrests Hamas members"})
  void aTextThatStartsOtherwiseHasNoHeadline(String text) {
    assertThat(Headline.of(text)).isEmpty();
  }

  @Test
  void aFirstLineLongerThanAHeadlineIsNone() {
    assertThat(Headline.of("x".repeat(Headline.MAX_LENGTH + 1) + "\n\n" + BODY)).isEmpty();
  }
}
