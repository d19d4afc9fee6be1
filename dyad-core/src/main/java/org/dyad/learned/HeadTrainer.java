package org.dyad.learned;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Trains a {@link SoftmaxHead} by mini-batch Adam on cross-entropy with L2 weight decay. Deterministic:
 * the same examples in the same order, with the same settings, give the same weights, so that the
 * committed head can be checked against its data.
 */
public final class HeadTrainer {
  /** The settings of one training run. */
  public record Settings(int epochs, int batch, double learningRate, double l2, long seed) {
    public static Settings standard() {
      return new Settings(40, 32, 0.01, 1e-5, 20261202L);
    }
  }

  private final Settings settings;

  public HeadTrainer(Settings settings) {
    this.settings = settings;
  }

  /** {@code y[i]} is the index into {@code labels} of example {@code x[i]}. */
  public SoftmaxHead train(List<String> labels, List<float[]> x, int[] y) {
    int n = x.size();
    int k = labels.size();
    int d = x.get(0).length;
    double[][] w = new double[k][d + 1]; // the last column is the bias
    double[][] m = new double[k][d + 1];
    double[][] v = new double[k][d + 1];
    double[][] grad = new double[k][d + 1];
    double b1 = 0.9;
    double b2 = 0.999;
    int step = 0;
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    Random random = new Random(settings.seed());
    double[] p = new double[k];
    for (int epoch = 0; epoch < settings.epochs(); epoch++) {
      java.util.Collections.shuffle(order, random);
      for (int from = 0; from < n; from += settings.batch()) {
        int to = Math.min(n, from + settings.batch());
        for (double[] g : grad) {
          java.util.Arrays.fill(g, 0);
        }
        for (int j = from; j < to; j++) {
          int i = order.get(j);
          float[] xi = x.get(i);
          softmax(w, xi, p);
          p[y[i]] -= 1;
          for (int c = 0; c < k; c++) {
            double pc = p[c];
            double[] gc = grad[c];
            for (int f = 0; f < d; f++) {
              gc[f] += pc * xi[f];
            }
            gc[d] += pc;
          }
        }
        step++;
        double size = to - from;
        double lr = settings.learningRate() * Math.sqrt(1 - Math.pow(b2, step)) / (1 - Math.pow(b1, step));
        for (int c = 0; c < k; c++) {
          for (int f = 0; f <= d; f++) {
            double g = grad[c][f] / size + (f < d ? settings.l2() * w[c][f] : 0);
            m[c][f] = b1 * m[c][f] + (1 - b1) * g;
            v[c][f] = b2 * v[c][f] + (1 - b2) * g * g;
            w[c][f] -= lr * m[c][f] / (Math.sqrt(v[c][f]) + 1e-8);
          }
        }
      }
    }
    float[][] weights = new float[k][d];
    float[] bias = new float[k];
    for (int c = 0; c < k; c++) {
      for (int f = 0; f < d; f++) {
        weights[c][f] = (float) w[c][f];
      }
      bias[c] = (float) w[c][d];
    }
    return new SoftmaxHead(labels, weights, bias);
  }

  private static void softmax(double[][] w, float[] x, double[] out) {
    int d = x.length;
    for (int c = 0; c < w.length; c++) {
      double z = w[c][d];
      double[] wc = w[c];
      for (int f = 0; f < d; f++) {
        z += wc[f] * x[f];
      }
      out[c] = z;
    }
    Vectors.softmax(out);
  }
}
