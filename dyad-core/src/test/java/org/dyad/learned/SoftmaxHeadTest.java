package org.dyad.learned;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.dyad.model.DyadException;
import org.junit.jupiter.api.Test;

class SoftmaxHeadTest {
  @Test
  void readsBackWhatItWrote() {
    SoftmaxHead head = new SoftmaxHead(List.of("none", "190"), new float[][] {{0.5f, -1f}, {2f, 0.25f}}, new float[] {0.1f, -0.2f});
    SoftmaxHead read = SoftmaxHead.read(new ByteArrayInputStream(head.write()));
    assertThat(read.labels()).containsExactly("none", "190");
    assertThat(read.probabilities(new float[] {1, 1})).containsExactly(head.probabilities(new float[] {1, 1}));
  }

  @Test
  void refusesBytesThatAreNoHead() {
    assertThatThrownBy(() -> SoftmaxHead.read(new ByteArrayInputStream(new byte[] {1, 2, 3, 4, 5, 6, 7, 8})))
        .isInstanceOf(DyadException.class).hasMessageContaining("not a dyad classifier head");
  }

  @Test
  void theBundledHeadReadsAndFitsTheEmbeddingModel() {
    SoftmaxHead head = EventTyping.bundledHead();
    assertThat(head.dimension()).isEqualTo(MiniLmEmbedder.shared().dimension());
    assertThat(head.labels()).first().isEqualTo(Labels.NONE);
  }
}
