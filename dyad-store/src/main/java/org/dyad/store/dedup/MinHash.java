package org.dyad.store.dedup;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * MinHash signatures over word shingles: {@code size} seeded hash functions, each keeping the
 * smallest hash of any shingle. The share of equal positions of two signatures estimates the Jaccard
 * similarity of the texts' shingle sets. Deterministic for a given seed; immutable and thread-safe.
 */
public final class MinHash {
  private final int size;
  private final int shingleWidth;
  private final long[] mul;
  private final long[] add;

  public MinHash(int size, int shingleWidth, long seed) {
    if (size < 1) {
      throw new IllegalArgumentException("signature size must be >= 1, got " + size);
    }
    this.size = size;
    this.shingleWidth = shingleWidth;
    SplittableRandom random = new SplittableRandom(seed);
    mul = new long[size];
    add = new long[size];
    for (int i = 0; i < size; i++) {
      mul[i] = random.nextLong() | 1L;
      add[i] = random.nextLong();
    }
  }

  /** dyad's default: 128 hash functions over word 5-shingles, seed 42. */
  public static MinHash standard() {
    return new MinHash(128, 5, 42L);
  }

  public int size() {
    return size;
  }

  /** The signature of {@code text}; an empty text has a signature of all {@code Integer.MAX_VALUE}. */
  public int[] signature(String text) {
    int[] sig = new int[size];
    Arrays.fill(sig, Integer.MAX_VALUE);
    for (long shingle : Shingles.of(text, shingleWidth)) {
      for (int i = 0; i < size; i++) {
        int h = (int) (mix(shingle * mul[i] + add[i]) >>> 33);
        if (h < sig[i]) {
          sig[i] = h;
        }
      }
    }
    return sig;
  }

  /** The estimated Jaccard similarity of two signatures of the same size. */
  public static double similarity(int[] a, int[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("signatures differ in size: " + a.length + " and " + b.length);
    }
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return (double) same / a.length;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
