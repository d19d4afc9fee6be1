package org.dyad.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SentenceGlueTest {
  private final SentenceGlue step = new SentenceGlue(Abbreviations.bundled());

  private String clean(String text) {
    return Cleaning.cleaned(step, text);
  }

  @Test
  void gluedSentenceGetsASpace() {
    assertThat(clean("their ties.Hamas sources")).isEqualTo("their ties. Hamas sources");
    assertThat(clean("seems to have stalled.Hamas sources")).isEqualTo("seems to have stalled. Hamas sources");
    assertThat(clean("in the region.Islamic Jihad")).isEqualTo("in the region. Islamic Jihad");
    assertThat(clean("in 2012.Hamas left")).isEqualTo("in 2012. Hamas left");
  }

  @Test
  void questionAndExclamationMarksAndEllipsesCountToo() {
    assertThat(clean("Why?Because. Stop!Now. Wait...Then")).isEqualTo("Why? Because. Stop! Now. Wait... Then");
  }

  @Test
  void closingQuoteStaysWithItsSentence() {
    assertThat(clean("a Middle East expert.”It suggests")).isEqualTo("a Middle East expert.” It suggests");
    assertThat(clean("the end.)The next")).isEqualTo("the end.) The next");
  }

  @Test
  void openingQuoteAfterAPeriodStartsANewSentence() {
    assertThat(clean("it stalled.“We stand")).isEqualTo("it stalled. “We stand");
    assertThat(clean("it stalled.“we stand")).isEqualTo("it stalled. “we stand");
  }

  @Test
  void straightQuoteAfterAPeriodClosesOrOpensByItsCount() {
    assertThat(clean("He said \"no.\"Then left.")).isEqualTo("He said \"no.\" Then left.");
    assertThat(clean("He left.\"We stand\" they said")).isEqualTo("He left. \"We stand\" they said");
  }

  @Test
  void titleGluedToNameGetsASpaceButStaysOneSentence() {
    String cleaned = clean("According to Dr.Al-Mansour, the Dr.Layla interview");
    assertThat(cleaned).isEqualTo("According to Dr. Al-Mansour, the Dr. Layla interview");
    SentencePositions positions = new SentencePositions(Abbreviations.bundled());
    assertThat(positions.of(cleaned, cleaned.indexOf("Al-Mansour"))).isEqualTo(Position.MID);
    assertThat(positions.of(cleaned, cleaned.indexOf("Layla"))).isEqualTo(Position.MID);
  }

  @Test
  void titleBeforeAnInitialGetsASpaceAndSoDoesTheInitial() {
    assertThat(clean("met Gen.J.Smith there")).isEqualTo("met Gen. J. Smith there");
  }

  @ParameterizedTest
  @ValueSource(strings = {"3.5 percent", "at 10.30 today", "version 2.0.1"})
  void decimalIsNotSplit(String text) {
    assertThat(clean(text)).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "see https://www.Example.com/News.Story for more", "visit www.BBC.co.uk today", "see News.BBC.co.uk now",
      "mail Press.Office@Hamas.org now", "at example.com today"})
  void urlIsNotSplit(String text) {
    assertThat(clean(text)).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"the U.S. Army", "the U.N. said", "e.g. Hamas", "i.e. Iran", "the U.S.A is", "Ph.D. thesis"})
  void initialismsAreNotSplit(String text) {
    assertThat(clean(text)).isEqualTo(text);
  }

  @Test
  void initialismGluedToTheNextWordGetsASpace() {
    assertThat(clean("the U.S.Army and e.g.Hamas")).isEqualTo("the U.S. Army and e.g. Hamas");
  }

  @ParameterizedTest
  @ValueSource(strings = {"open Report.PDF now", "the file budget.DOCX", "built on ASP.NET today"})
  void fileNamesAndAllCapitalNamesAreNotSplit(String text) {
    assertThat(clean(text)).isEqualTo(text);
  }

  @Test
  void periodBeforeALowercaseWordIsLeftAlone() {
    assertThat(clean("example.com and ties.hamas")).isEqualTo("example.com and ties.hamas");
  }

  @Test
  void eachInsertedSpaceIsRecordedAtTheNextOriginalChar() {
    CleanText text = Cleaning.run(step, "ties.Hamas");
    assertThat(text.repairs()).containsExactly(new Repair(Repair.SPACE, 5, 5, "", " "));
  }
}
