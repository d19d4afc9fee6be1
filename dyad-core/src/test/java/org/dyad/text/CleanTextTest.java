package org.dyad.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dyad.model.Span;
import org.junit.jupiter.api.Test;

class CleanTextTest {
  private final TextCleaner cleaner = new TextCleaner(Cleaning.ARTICLE_NAMES);

  @Test
  void spanInCleanedTextMapsBackToOriginal() {
    CleanText text = cleaner.clean("The talks stalled.Hamas and iran met.");
    assertThat(text.cleaned()).isEqualTo("The talks stalled. Hamas and Iran met.");
    int start = text.cleaned().indexOf("Hamas and Iran");
    assertThat(text.toOriginalSpan(start, start + "Hamas and Iran".length())).isEqualTo(new Span(18, 32, "Hamas and iran"));
  }

  @Test
  void deletedZeroWidthCharKeepsOffsetsRight() {
    CleanText text = cleaner.clean("Ha\u200Bmas met Iran");
    assertThat(text.cleaned()).isEqualTo("Hamas met Iran");
    int iran = text.cleaned().indexOf("Iran");
    assertThat(text.toOriginal(iran)).isEqualTo(iran + 1);
    assertThat(text.toOriginalSpan(iran, iran + 4).text()).isEqualTo("Iran");
    assertThat(text.toOriginalSpan(0, 5).text()).isEqualTo("Ha\u200Bmas");
  }

  @Test
  void ligatureExpansionMapsBothCharsToOne() {
    CleanText text = cleaner.clean("A ﬁne day");
    assertThat(text.cleaned()).isEqualTo("A fine day");
    assertThat(text.toOriginal(2)).isEqualTo(2);
    assertThat(text.toOriginal(3)).isEqualTo(2);
    assertThat(text.toOriginal(4)).isEqualTo(3);
    assertThat(text.toOriginalSpan(3, 4)).isEqualTo(new Span(2, 3, "ﬁ"));
    assertThat(text.toOriginalSpan(2, 6)).isEqualTo(new Span(2, 5, "ﬁne"));
  }

  @Test
  void insertedSpaceMapsToTheNextOriginalCharAndCoversNothing() {
    CleanText text = cleaner.clean("Ties.Hamas");
    assertThat(text.cleaned()).isEqualTo("Ties. Hamas");
    assertThat(text.toOriginal(5)).isEqualTo(5);
    assertThat(text.toOriginal(6)).isEqualTo(5);
    assertThat(text.toOriginalSpan(5, 6)).isEqualTo(new Span(5, 5, ""));
    assertThat(text.toOriginalSpan(0, 6)).isEqualTo(new Span(0, 5, "Ties."));
  }

  @Test
  void replacedLineBreakPairMapsToBothChars() {
    CleanText text = cleaner.clean("One.\r\n\r\nTwo.");
    assertThat(text.cleaned()).isEqualTo("One.\n\nTwo.");
    assertThat(text.toOriginalSpan(4, 5)).isEqualTo(new Span(4, 6, "\r\n"));
    assertThat(text.toOriginal(6)).isEqualTo(8);
  }

  @Test
  void emptyRangeMapsToAnEmptySpan() {
    CleanText text = cleaner.clean("A ﬁne day");
    assertThat(text.toOriginalSpan(3, 3)).isEqualTo(new Span(2, 2, ""));
    assertThat(text.toOriginalSpan(10, 10)).isEqualTo(new Span(9, 9, ""));
  }

  @Test
  void endOfCleanedTextMapsToEndOfOriginal() {
    CleanText text = cleaner.clean("Hamas\u200B");
    assertThat(text.toOriginal(text.cleaned().length())).isEqualTo(6);
  }

  @Test
  void unchangedTextMapsOneToOneWithoutRepairs() {
    CleanText text = CleanText.unchanged("Hamas said.");
    assertThat(text.cleaned()).isEqualTo("Hamas said.");
    assertThat(text.toOriginalSpan(0, 5)).isEqualTo(new Span(0, 5, "Hamas"));
    assertThat(text.repairs()).isEmpty();
  }

  @Test
  void offsetsOutsideTheCleanedTextAreRejectedWithTheValue() {
    CleanText text = cleaner.clean("Hamas");
    assertThatThrownBy(() -> text.toOriginal(6)).hasMessageContaining("[0, 5]").hasMessageContaining("6");
    assertThatThrownBy(() -> text.toOriginalSpan(3, 2)).hasMessageContaining("[3, 2)");
  }
}
