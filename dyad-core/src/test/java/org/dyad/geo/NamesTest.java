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
}
