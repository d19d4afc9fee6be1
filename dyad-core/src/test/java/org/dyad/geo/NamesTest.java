package org.dyad.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {
  @Test
  void keysIgnoreAccentsApostrophesCaseAndHyphens() {
    assertThat(Names.key("Sana‘a")).isEqualTo(Names.key("sanaa")).isEqualTo("sanaa");
    assertThat(Names.key("Ṣaʿdah")).isEqualTo("sadah");
    assertThat(Names.key("Port-au-Prince")).isEqualTo("port au prince");
    assertThat(Names.key("  St. Louis ")).isEqualTo(Names.key("Saint Louis")).isEqualTo("saint louis");
  }

  @Test
  void aTrailingRegionWordIsDroppedButNotAnInnerOne() {
    assertThat(Names.withoutRegionWord("Kaduna State")).isEqualTo("Kaduna");
    assertThat(Names.withoutRegionWord("Donetsk Oblast")).isEqualTo("Donetsk");
    assertThat(Names.withoutRegionWord("State College")).isEqualTo("State College");
    assertThat(Names.isRegionWord("Province")).isTrue();
  }

  @Test
  void theArabicArticleComesOffATownsNameButNotElPasosOrAShortRest() {
    assertThat(Names.withoutArabicArticle("Al Ḩasakah")).isEqualTo("Ḩasakah");
    assertThat(Names.withoutArabicArticle("Az Zāwiyah")).isEqualTo("Zāwiyah");
    assertThat(Names.withoutArabicArticle("El-Fasher")).isEqualTo("Fasher");
    assertThat(Names.withoutArabicArticle("Ash Shihr")).isEqualTo("Shihr");
    assertThat(Names.withoutArabicArticle("El Paso")).isNull();
    assertThat(Names.withoutArabicArticle("Al Ain")).isNull();
    assertThat(Names.withoutArabicArticle("Albany")).isNull();
    assertThat(Names.withoutArabicArticle("As Sulaymaniyah Governorate")).isNull();
  }

  @Test
  void aPlacesOwnNameIncludesItsShortFormAndItsNameWithoutRegionWord() {
    assertThat(Names.ownName("Washington, D.C.", "washington")).isTrue();
    assertThat(Names.ownName("New York City", "new york")).isTrue();
    assertThat(Names.ownName("Borno State", "borno")).isTrue();
    assertThat(Names.ownName("Delhi", "new delhi")).isFalse();
  }
}
