package org.dyad.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding quotations in a cleaned text, pure string work: marks, stray marks, paragraphs and interview labels. */
class QuoteFinderTest {
  private final QuoteFinder finder = new QuoteFinder();

  private List<String> quoted(String text) {
    return finder.find(text).stream().map(q -> text.substring(q.start(), q.end())).toList();
  }

  @Test
  void curlyQuotesGiveTheWordsWithoutTheMarksAndTheMarksPositions() {
    String text = "“We will not back down,” Zelensky said.";
    List<QuoteSpan> found = finder.find(text);
    assertThat(found).hasSize(1);
    QuoteSpan q = found.get(0);
    assertThat(q.openAt()).isEqualTo(0);
    assertThat(q.start()).isEqualTo(1);
    assertThat(text.charAt(q.closeAt())).isEqualTo('”');
    assertThat(q.end()).isEqualTo(q.closeAt());
    assertThat(text.substring(q.start(), q.end())).isEqualTo("We will not back down,");
    assertThat(q.label()).isNull();
  }

  @Test
  void straightQuotesPairUpInOrder() {
    assertThat(quoted("The report said \"the economy is in recession\", citing \"weak demand\" for exports."))
        .containsExactly("the economy is in recession", "weak demand");
  }

  @Test
  void spacesInsideTheMarksAreNotPartOfTheQuote() {
    assertThat(quoted("He said “  it is over  ” and left.")).containsExactly("it is over");
  }

  @Test
  void emptyQuotationIsNoQuote() {
    assertThat(quoted("The so-called \"\" clause and “ ” marks.")).isEmpty();
  }

  @Test
  void strayClosingMarkGluedToAWordOpensAQuote() {
    assertThat(quoted("The minister was clear.”We will not negotiate with terrorists,” she said."))
        .containsExactly("We will not negotiate with terrorists,");
  }

  @Test
  void closingMarkWithNoQuoteOpenAndNotGluedIsIgnored() {
    assertThat(quoted("He left the room.” Then nobody spoke.")).isEmpty();
  }

  @Test
  void unclosedQuoteDoesNotRunOverAParagraphBreak() {
    assertThat(quoted("He said \"we will never stop\n\nThe ministry called it \"nonsense\" on Monday."))
        .containsExactly("nonsense");
  }

  @Test
  void interviewLineRunsFromItsLabelToTheEndOfTheParagraph() {
    String text = "Dr. Amina Diallo: Largely, yes. The observers agreed.\n\nReporter: What comes next?";
    List<QuoteSpan> found = finder.find(text);
    assertThat(found).extracting(q -> text.substring(q.label().start(), q.label().end()))
        .containsExactly("Dr. Amina Diallo", "Reporter");
    assertThat(quoted(text)).containsExactly("Largely, yes. The observers agreed.", "What comes next?");
  }

  @Test
  void interviewLineKeepsTheQuotationsNestedInIt() {
    String text = "Amina Diallo: She said “no” twice.";
    assertThat(quoted(text)).containsExactly("She said “no” twice.", "no");
    assertThat(finder.find(text)).extracting(q -> q.label() != null).containsExactly(true, false);
  }

  @Test
  void labelWithAParticleIsOneLabel() {
    String text = "Charles de Gaulle: We never met.";
    QuoteSpan q = finder.find(text).get(0);
    assertThat(text.substring(q.label().start(), q.label().end())).isEqualTo("Charles de Gaulle");
    assertThat(text.substring(q.start(), q.end())).isEqualTo("We never met.");
  }

  @Test
  void labelWithAHyphenatedOrUnlistedParticleIsOneLabel() {
    for (String name : List.of("Khalil al-Hayya", "Luiz Inácio Lula da Silva")) {
      String text = name + ": We never met.";
      assertThat(finder.find(text)).as(name).hasSize(1);
      QuoteSpan q = finder.find(text).get(0);
      assertThat(text.substring(q.label().start(), q.label().end())).isEqualTo(name);
    }
  }

  @Test
  void colonAfterALowercaseWordIsNoLabel() {
    assertThat(finder.find("The reason is simple: money.\n\nThe result: chaos.")).isEmpty();
  }

  @Test
  void colonInsideAParagraphIsNoLabel() {
    assertThat(finder.find("Officials said on Monday that Kenya: would act.")).isEmpty();
  }

  @Test
  void labelOfMoreThanSixWordsIsNoLabel() {
    assertThat(finder.find("One Two Three Four Five Six Seven: text here.")).isEmpty();
  }
}
