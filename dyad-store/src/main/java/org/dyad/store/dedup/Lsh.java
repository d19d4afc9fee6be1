package org.dyad.store.dedup;

import java.nio.ByteBuffer;

/**
 * Locality-sensitive hashing of MinHash signatures: the signature cut into {@code bands} bands of
 * {@code rows} values, each band hashed to one key (its band number included). Two texts with
 * Jaccard similarity s share at least one key with probability 1 - (1 - s^rows)^bands: with 32 x 4
 * that is 0.9996 at s = 0.8 and 0.0006 at s = 0.1.
 */
public final class Lsh {
  private final int bands;
  private final int rows;

  public Lsh(int bands, int rows) {
    if (bands < 1 || rows < 1) {
      throw new IllegalArgumentException("bands and rows must be >= 1, got " + bands + " x " + rows);
    }
    this.bands = bands;
    this.rows = rows;
  }

  /** 32 bands of 4 rows, for 128-value signatures. */
  public static Lsh standard() {
    return new Lsh(32, 4);
  }

  /** The band keys of a signature of {@code bands * rows} values. */
  public long[] keys(int[] signature) {
    if (signature.length != bands * rows) {
      throw new IllegalArgumentException("signature must have " + bands * rows + " values, got " + signature.length);
    }
    long[] keys = new long[bands];
    for (int b = 0; b < bands; b++) {
      long h = 0x9E3779B97F4A7C15L * (b + 1);
      for (int r = 0; r < rows; r++) {
        h = (h ^ signature[b * rows + r]) * 0x100000001b3L;
        h ^= h >>> 29;
      }
      keys[b] = h;
    }
    return keys;
  }

  /** A signature as bytes, for storage. */
  public static byte[] toBytes(int[] signature) {
    ByteBuffer buf = ByteBuffer.allocate(signature.length * 4);
    for (int v : signature) {
      buf.putInt(v);
    }
    return buf.array();
  }

  /** A signature read back from {@link #toBytes}. */
  public static int[] fromBytes(byte[] bytes) {
    ByteBuffer buf = ByteBuffer.wrap(bytes);
    int[] sig = new int[bytes.length / 4];
    for (int i = 0; i < sig.length; i++) {
      sig[i] = buf.getInt();
    }
    return sig;
  }
}
