package org.dyad.events.arguments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The reciprocal mend: coordinated sources with no target act on each other. */
class ReciprocalTest {
  private static final Reciprocal RECIPROCAL = new Reciprocal();

  @Test
  void coordinatedSourcesWithoutTargetActOnEachOther() {
    Arguments talks = new Arguments(List.of("MLI", "MRT", "SEN"), List.of(), "subject", null);
    Arguments mended = RECIPROCAL.apply(null, talks);
    assertThat(mended.sources()).containsExactly("MLI");
    assertThat(mended.targets()).containsExactly("MRT", "SEN");
    assertThat(mended.rules()).containsExactly("subject", "reciprocal");
  }

  @Test
  void aDyadWithATargetOrASingleSourceIsLeftAsFound() {
    Arguments directed = new Arguments(List.of("MLI", "MRT"), List.of("SEN"), "subject", "object");
    Arguments alone = new Arguments(List.of("MLI"), List.of(), "subject", null);
    assertThat(RECIPROCAL.apply(null, directed)).isSameAs(directed);
    assertThat(RECIPROCAL.apply(null, alone)).isSameAs(alone);
  }
}
