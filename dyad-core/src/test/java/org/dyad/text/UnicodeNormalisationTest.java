package org.dyad.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnicodeNormalisationTest {
  private final UnicodeNormalisation step = new UnicodeNormalisation();

  private String clean(String text) {
    return Cleaning.cleaned(step, text);
  }

  @Test
  void exoticSpacesBecomePlainSpaces() {
    assertThat(clean("Bashar\u00A0al-Assad\u2009said\u3000so\u202F.")).isEqualTo("Bashar al-Assad said so .");
  }

  @Test
  void zeroWidthCharsSoftHyphensAndMarksAreDeleted() {
    assertThat(clean("\uFEFFHa\u200Bmas re\u00ADcon\u00ADcil\u200D\u200Eiation\u2060")).isEqualTo("Hamas reconciliation");
  }

  @Test
  void strayControlCharsAreDeletedButTabsAndNewlinesKept() {
    assertThat(clean("a\u0000b\u0007c\td\ne")).isEqualTo("abc\td\ne");
  }

  @Test
  void windowsAndOldMacLineEndsBecomeNewlines() {
    assertThat(clean("Title\r\n\r\nBody.\rMore.\u2028Line\u2029Para")).isEqualTo("Title\n\nBody.\nMore.\nLine\n\nPara");
  }

  @Test
  void ligaturesAreExpanded() {
    assertThat(clean("ﬁnancial ﬂows oﬀ")).isEqualTo("financial flows off");
  }

  @Test
  void fullWidthAndMathematicalLettersBecomeAscii() {
    String mathematicalBold = "\uD835\uDC07\uD835\uDC1A\uD835\uDC26\uD835\uDC1A\uD835\uDC2C";
    assertThat(clean("Ｈａｍａｓ １２ " + mathematicalBold)).isEqualTo("Hamas 12 Hamas");
  }

  @Test
  void combiningAccentIsComposed() {
    assertThat(clean("Jose\u0301 Mu\u0308ller")).isEqualTo("José Müller");
  }

  @Test
  void curlyQuotesDashesAndEllipsisAreKept() {
    String text = "“We stand” — she said ‘no’ – 1990–2000… ½ km² ™";
    assertThat(clean(text)).isEqualTo(text);
  }

  @Test
  void eachNormalisationIsRecordedAsAUnicodeRepair() {
    CleanText text = Cleaning.run(step, "a\u00A0ﬁ\u200B\r\nb");
    assertThat(text.repairs()).containsExactly(
        new Repair(Repair.UNICODE, 1, 2, "\u00A0", " "),
        new Repair(Repair.UNICODE, 2, 3, "ﬁ", "fi"),
        new Repair(Repair.UNICODE, 3, 4, "\u200B", ""),
        new Repair(Repair.UNICODE, 4, 6, "\r\n", "\n"));
  }

  @Test
  void plainTextIsLeftAsItIs() {
    String text = "Hamas and the Assad regime: “a complex history”, since 2011.\n\nNext.";
    assertThat(Cleaning.run(step, text).repairs()).isEmpty();
  }
}
