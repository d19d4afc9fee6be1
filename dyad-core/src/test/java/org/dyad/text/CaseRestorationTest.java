package org.dyad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaseRestorationTest {
  private static CaseRestoration step(KnownNames names) {
    return new CaseRestoration(names, CommonWords.bundled(), Abbreviations.bundled());
  }

  private static String clean(String text) {
    return Cleaning.cleaned(step(Cleaning.ARTICLE_NAMES), text);
  }

  private static String cleanWithoutNames(String text) {
    return Cleaning.cleaned(step(KnownNames.none()), text);
  }

  @Test
  void lowercaseNameKnownToDictionaryIsCapitalised() {
    assertThat(clean("The silence from the assad regime angered hezbollah and hamas."))
        .isEqualTo("The silence from the Assad regime angered Hezbollah and Hamas.");
  }

  @Test
  void dictionaryFormOfAnotherLengthIsIgnored() {
    KnownNames names = KnownNames.of(Map.of("assad", "Bashar al-Assad"));
    assertThat(Cleaning.cleaned(step(names), "It met assad.")).isEqualTo("It met assad.");
  }

  @Test
  void possessiveOfAKnownNameIsCapitalised() {
    assertThat(clean("It is assad’s rule and hamas' choice.")).isEqualTo("It is Assad’s rule and Hamas' choice.");
  }

  @Test
  void lowercaseNameTheArticleCapitalisesIsCapitalised() {
    String text = "It met Layla Mansour. Then Dr. Mansour spoke. Later mansour left.";
    assertThat(cleanWithoutNames(text)).isEqualTo("It met Layla Mansour. Then Dr. Mansour spoke. Later Mansour left.");
  }

  @Test
  void lowercaseCommonWordIsLeftAlone() {
    String text = "It met Will Smith. It met Will Jones. They will go in march, with March Smith and Sen. March.";
    assertThat(cleanWithoutNames(text)).isEqualTo(text);
  }

  @Test
  void oneCapitalisedOccurrenceIsNotEnough() {
    String text = "It met Layla Mansour. Later mansour left.";
    assertThat(cleanWithoutNames(text)).isEqualTo(text);
  }

  @Test
  void wordMoreOftenLowercaseIsLeftAlone() {
    String text = "The Quartet met the Quartet. A quartet, a quartet and a quartet played.";
    assertThat(cleanWithoutNames(text)).isEqualTo(text);
  }

  @Test
  void capitalsAtSentenceStartsAreNoEvidence() {
    String text = "Mansour left. Mansour came. “Mansour sat.” It met mansour.";
    assertThat(cleanWithoutNames(text)).isEqualTo(text);
  }

  @Test
  void capitalsInHeadlinesAreNoEvidence() {
    String text = "The Quagmire Deepens in Syria\n\nA Quagmire Without End\n\nIt is a quagmire.";
    assertThat(cleanWithoutNames(text)).isEqualTo(text);
  }

  @Test
  void hyphenatedNameIsRestoredPartByPartAsTheArticleWritesIt() {
    String mostlyLower = "It met Layla al-Mansour. Then Dr. al-Mansour spoke. Later al-mansour left.";
    assertThat(cleanWithoutNames(mostlyLower)).endsWith("Later al-Mansour left.");
    String mostlyCapital = "It met Layla Al-Mansour. Then Dr. Al-Mansour spoke. Later al-mansour left.";
    assertThat(cleanWithoutNames(mostlyCapital)).endsWith("Later Al-Mansour left.");
  }

  @Test
  void lowercasePartAfterACapitalisedOneIsRestored() {
    String text = "It met Layla Al-Mansour. Then Dr. Al-Mansour spoke. Later Al-mansour left.";
    assertThat(cleanWithoutNames(text)).endsWith("Later Al-Mansour left.");
  }

  @Test
  void shortParticleBeforeACapitalisedNameIsKept() {
    String text = "It met Al-Quds and Al-Arabi. Then Bashar al-Assad spoke.";
    assertThat(cleanWithoutNames(text)).isEqualTo(text);
  }

  @Test
  void paragraphAndSentenceStartsAreCapitalised() {
    assertThat(clean("disturbing reports have surfaced. they underscore it.\n\ncan the stalled talks go on? yes! sure."))
        .isEqualTo("Disturbing reports have surfaced. They underscore it.\n\nCan the stalled talks go on? Yes! Sure.");
  }

  @Test
  void sentenceAfterAClosingQuoteIsCapitalisedWhenThePeriodIsInside() {
    assertThat(clean("It called them a “treasonous association.” the sources said."))
        .isEqualTo("It called them a “treasonous association.” The sources said.");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Allies, e.g. the ones here.", "Ask Dr. al about it.", "The U.S. officials left.", "At 5 p.m. the talks began.",
      "George W. bush said.", "“Really?” he asked.", "“We will win!” she said.", "Archyde News: the talks stalled.",
      "It was established… have broken.", "It ended...then began.", "It is a line\nwrapped here."})
  void wordAfterAnAbbreviationColonQuestionQuoteOrLineBreakIsNotCapitalised(String text) {
    assertThat(cleanWithoutNames(text)).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "iPhone sales rose.", "eBay fell.", "HAMAS SAID SO.", "www.gaza.com is down.", "e.g. this.", "#gaza trends. @hamas posts."})
  void brandsCapitalsAddressesAndHandlesAreLeftAlone(String text) {
    assertThat(clean(text)).isEqualTo(text);
  }

  @Test
  void caseChangesKeepOffsetsAndAreRecordedPerWord() {
    CleanText text = Cleaning.run(step(Cleaning.ARTICLE_NAMES), "the assad regime");
    assertThat(text.cleaned()).isEqualTo("The Assad regime");
    assertThat(text.toOriginal(4)).isEqualTo(4);
    assertThat(text.repairs()).containsExactly(
        new Repair(Repair.CASE, 0, 3, "the", "The"),
        new Repair(Repair.CASE, 4, 9, "assad", "Assad"));
  }
}
