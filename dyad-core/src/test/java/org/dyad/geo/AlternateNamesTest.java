package org.dyad.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AlternateNamesTest {
  @Test
  void keepsLatinSpellingsANewsTextCouldWrite() {
    assertThat(AlternateNames.newsSpelling("Odesa")).isTrue();
    assertThat(AlternateNames.newsSpelling("Mek'ele")).isTrue();
    assertThat(AlternateNames.newsSpelling("Neu-Delhi")).isTrue();
    assertThat(AlternateNames.newsSpelling("Nay Pyi Taw")).isTrue();
    assertThat(AlternateNames.newsSpelling("Oděsa")).isTrue();
  }

  @Test
  void dropsOtherScriptsCodesLowercaseCommonWordsAndLongPhrases() {
    assertThat(AlternateNames.newsSpelling("Одеса")).isFalse();
    assertThat(AlternateNames.newsSpelling("ODS")).isFalse();
    assertThat(AlternateNames.newsSpelling("odessa")).isFalse();
    assertThat(AlternateNames.newsSpelling("Police")).isFalse();
    assertThat(AlternateNames.newsSpelling("Nova Deli - na'i dilli")).isFalse();
    assertThat(AlternateNames.newsSpelling("Ciudad de la Santa Fe de Bogota")).isFalse();
  }
}
