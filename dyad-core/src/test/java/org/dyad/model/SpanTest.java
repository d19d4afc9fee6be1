package org.dyad.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpanTest {
  @Test
  void spanOfTakesTheTextBetweenOffsets() {
    assertThat(Span.of("Hamas said", 0, 5)).isEqualTo(new Span(0, 5, "Hamas"));
  }

  @Test
  void negativeOrReversedOffsetsAreRejectedWithTheValues() {
    assertThatThrownBy(() -> new Span(5, 2, "x")).hasMessageContaining("[5, 2)");
  }

  @Test
  void overlapAndContainment() {
    Span a = new Span(0, 10, "0123456789");
    Span b = new Span(5, 12, "5678901");
    assertThat(a.overlaps(b)).isTrue();
    assertThat(a.contains(b)).isFalse();
    assertThat(a.contains(new Span(2, 4, "23"))).isTrue();
  }
}
