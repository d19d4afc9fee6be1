package org.dyad.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EditableTextTest {
  @Test
  void queuedEditsApplyTogetherAtCommit() {
    EditableText text = new EditableText("ab\u200Bcd");
    text.insert(0, ">", "test");
    text.replace(2, 3, "", "test");
    text.replace(3, 4, "DD", "test");
    assertThat(text.toString()).isEqualTo("ab\u200Bcd");
    text.commit();
    assertThat(text.toString()).isEqualTo(">abDDd");
  }

  @Test
  void editsOutOfTextOrderAreRejectedWithBothRanges() {
    EditableText text = new EditableText("abcdef");
    text.replace(3, 4, "x", "test");
    assertThatThrownBy(() -> text.replace(1, 2, "y", "test"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("[1, 2)")
        .hasMessageContaining("[3, 4)");
  }

  @Test
  void rangeOutsideTheTextIsRejectedWithTheRange() {
    EditableText text = new EditableText("abc");
    assertThatThrownBy(() -> text.insert(4, " ", "test")).hasMessageContaining("[4, 4)");
  }

  @Test
  void uncommittedEditsCannotBecomeACleanText() {
    EditableText text = new EditableText("abc");
    text.insert(1, " ", "test");
    assertThatThrownBy(text::toCleanText).hasMessageContaining("1 edits not committed");
  }

  @Test
  void everyEditIsRecordedWithItsOriginalRange() {
    EditableText text = new EditableText("ﬁne.Go");
    text.replace(0, 1, "fi", Repair.UNICODE);
    text.commit();
    text.insert(5, " ", Repair.SPACE);
    text.commit();
    assertThat(text.toCleanText().repairs()).containsExactly(
        new Repair(Repair.UNICODE, 0, 1, "ﬁ", "fi"),
        new Repair(Repair.SPACE, 4, 4, "", " "));
  }
}
