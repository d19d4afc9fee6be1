package org.dyad.learned;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.DyadException;

/**
 * A softmax regression over embeddings: one weight row and bias per label. Immutable; thread-safe.
 * Stored as a small binary resource ({@link #write()}, {@link #read(InputStream)}): a magic word,
 * the dimension, the labels, then weights and biases as 32-bit floats.
 */
public final class SoftmaxHead {
  private static final int MAGIC = 0x44484431; // "DHD1"
  private final List<String> labels;
  private final float[][] weights;
  private final float[] bias;

  public SoftmaxHead(List<String> labels, float[][] weights, float[] bias) {
    if (labels.size() != weights.length || labels.size() != bias.length) {
      throw new IllegalArgumentException("one weight row and one bias per label");
    }
    this.labels = List.copyOf(labels);
    this.weights = weights;
    this.bias = bias;
  }

  public List<String> labels() {
    return labels;
  }

  public int dimension() {
    return weights.length == 0 ? 0 : weights[0].length;
  }

  public float weight(int label, int i) {
    return weights[label][i];
  }

  public float bias(int label) {
    return bias[label];
  }

  /** The probability of each label, in the order of {@link #labels()}. */
  public double[] probabilities(float[] x) {
    double[] z = new double[labels.size()];
    for (int k = 0; k < z.length; k++) {
      z[k] = bias[k] + Vectors.dot(weights[k], x);
    }
    Vectors.softmax(z);
    return z;
  }

  public byte[] write() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      out.writeInt(dimension());
      out.writeInt(labels.size());
      for (String l : labels) {
        out.writeUTF(l);
      }
      for (int k = 0; k < labels.size(); k++) {
        for (float w : weights[k]) {
          out.writeFloat(w);
        }
        out.writeFloat(bias[k]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  public static SoftmaxHead read(InputStream stream) {
    try (DataInputStream in = new DataInputStream(stream)) {
      if (in.readInt() != MAGIC) {
        throw new DyadException("not a dyad classifier head (bad magic number)");
      }
      int dim = in.readInt();
      int n = in.readInt();
      List<String> labels = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        labels.add(in.readUTF());
      }
      float[][] w = new float[n][dim];
      float[] b = new float[n];
      for (int k = 0; k < n; k++) {
        for (int i = 0; i < dim; i++) {
          w[k][i] = in.readFloat();
        }
        b[k] = in.readFloat();
      }
      return new SoftmaxHead(labels, w, b);
    } catch (IOException e) {
      throw new DyadException("cannot read the classifier head: " + e.getMessage(), e);
    }
  }
}
