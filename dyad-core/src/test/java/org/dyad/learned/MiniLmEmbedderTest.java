package org.dyad.learned;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MiniLmEmbedderTest {
  private final Embedder embedder = MiniLmEmbedder.shared();

  @Test
  void givesOneUnitVectorOfTheModelsDimensionPerText() {
    List<float[]> v = embedder.embed(List.of("Troops shelled the town.", "The talks resumed in Doha."));
    assertThat(v).hasSize(2);
    assertThat(v.get(0)).hasSize(384);
    assertThat(Vectors.dot(v.get(0), v.get(0))).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-3));
  }

  @Test
  void placesTextsOfOneKindOfActCloserThanTextsOfAnother() {
    List<float[]> v = embedder.embed(List.of(
        "The army bombarded rebel positions with artillery.",
        "Government forces shelled the insurgents' trenches.",
        "The two ministers signed a trade agreement."));
    assertThat(Vectors.dot(v.get(0), v.get(1))).isGreaterThan(Vectors.dot(v.get(0), v.get(2)));
  }

  @Test
  void embedsNothingForNoTexts() {
    assertThat(embedder.embed(List.of())).isEmpty();
  }
}
