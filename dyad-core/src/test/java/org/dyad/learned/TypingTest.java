package org.dyad.learned;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TypingTest {
  private final List<String> labels = List.of("none", "190", "193", "194", "0311");

  @Test
  void addsTheProbabilitiesOfOneRootAgainstNoEvent() {
    Typing t = Typing.decide(labels, new double[] {0.4, 0.1, 0.2, 0.25, 0.05});
    assertThat(t.cameo()).startsWith("19");
    assertThat(t.probability()).isCloseTo(0.55, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void givesTheRootsUnspecifiedCodeWhenNoCodeHoldsHalfOfIt() {
    assertThat(Typing.decide(labels, new double[] {0.4, 0.1, 0.2, 0.25, 0.05}).cameo()).isEqualTo("190");
  }

  @Test
  void givesTheCodeThatHoldsMostOfItsRoot() {
    assertThat(Typing.decide(labels, new double[] {0.2, 0.05, 0.05, 0.6, 0.1}).cameo()).isEqualTo("194");
  }

  @Test
  void saysNoEventWhenThatIsLikelierThanAnyRoot() {
    Typing t = Typing.decide(labels, new double[] {0.5, 0.1, 0.1, 0.1, 0.2});
    assertThat(t.event()).isFalse();
    assertThat(t.probability()).isEqualTo(0.5);
  }
}
