package org.dyad.learned;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HeadTrainerTest {
  private final List<String> labels = List.of(Labels.NONE, "190", "0311");

  @Test
  void learnsToSeparateClustersOfEmbeddings() {
    Data d = clusters(90, 1);
    SoftmaxHead head = new HeadTrainer(HeadTrainer.Settings.standard()).train(labels, d.x, d.y);
    Data fresh = clusters(30, 2);
    int right = 0;
    for (int i = 0; i < fresh.x.size(); i++) {
      double[] p = head.probabilities(fresh.x.get(i));
      right += argmax(p) == fresh.y[i] ? 1 : 0;
    }
    assertThat(right).isGreaterThanOrEqualTo(28);
  }

  @Test
  void givesTheSameWeightsForTheSameData() {
    Data d = clusters(40, 3);
    HeadTrainer trainer = new HeadTrainer(new HeadTrainer.Settings(5, 8, 0.01, 1e-5, 7));
    assertThat(trainer.train(labels, d.x, d.y).write()).isEqualTo(trainer.train(labels, d.x, d.y).write());
  }

  @Test
  void probabilitiesOfAllLabelsAddUpToOne() {
    Data d = clusters(20, 4);
    SoftmaxHead head = new HeadTrainer(new HeadTrainer.Settings(3, 8, 0.01, 1e-5, 7)).train(labels, d.x, d.y);
    double sum = 0;
    for (double p : head.probabilities(d.x.get(0))) {
      sum += p;
    }
    assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
  }

  private record Data(List<float[]> x, int[] y) {}

  /** Three clusters around the axes of an 8-dimensional space, with noise. */
  private static Data clusters(int perLabel, long seed) {
    Random r = new Random(seed);
    List<float[]> x = new ArrayList<>();
    int[] y = new int[perLabel * 3];
    for (int i = 0; i < perLabel * 3; i++) {
      float[] v = new float[8];
      for (int f = 0; f < 8; f++) {
        v[f] = (float) (r.nextGaussian() * 0.15);
      }
      v[i % 3] += 1;
      x.add(v);
      y[i] = i % 3;
    }
    return new Data(x, y);
  }

  private static int argmax(double[] p) {
    int best = 0;
    for (int k = 1; k < p.length; k++) {
      if (p[k] > p[best]) {
        best = k;
      }
    }
    return best;
  }
}
