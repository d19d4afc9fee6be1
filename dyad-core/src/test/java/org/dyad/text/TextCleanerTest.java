package org.dyad.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class TextCleanerTest {
  private final TextCleaner cleaner = new TextCleaner(Cleaning.ARTICLE_NAMES);

  @Test
  void stepsRunInOrderSoLaterStepsSeeEarlierRepairs() {
    CleanText text = cleaner.clean("their ties.\u200BHamas\u00A0said,no.");
    assertThat(text.cleaned()).isEqualTo("Their ties. Hamas said, no.");
  }

  @Test
  void headlineFollowedByABlankLineStaysAParagraphOfItsOwn() {
    String original = "Grim Allegations Haunt Reconciliation Efforts\r\n\r\ndisturbing reports have surfaced.\n \nNext one.";
    assertThat(cleaner.clean(original).cleaned())
        .isEqualTo("Grim Allegations Haunt Reconciliation Efforts\n\nDisturbing reports have surfaced.\n \nNext one.");
  }

  @Test
  void repairsComeInOriginalOrderWithTheirKinds() {
    CleanText text = cleaner.clean("the\u00A0ties.Hamas and assad");
    assertThat(text.repairs()).extracting(Repair::kind, Repair::originalStart)
        .containsExactly(
            Tuple.tuple(Repair.CASE, 0),
            Tuple.tuple(Repair.UNICODE, 3),
            Tuple.tuple(Repair.SPACE, 9),
            Tuple.tuple(Repair.CASE, 19));
  }

  @Test
  void emptyTextCleansToEmpty() {
    CleanText text = cleaner.clean("");
    assertThat(text.cleaned()).isEmpty();
    assertThat(text.toOriginal(0)).isZero();
  }

  @Test
  void nullArgumentsAreRejectedByName() {
    assertThatThrownBy(() -> cleaner.clean(null)).hasMessageContaining("original text");
    assertThatThrownBy(() -> new TextCleaner((KnownNames) null)).hasMessageContaining("dictionaryNames");
  }
}
