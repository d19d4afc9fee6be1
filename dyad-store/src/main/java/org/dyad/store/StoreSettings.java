package org.dyad.store;

/**
 * How the store decides what is the same: {@code nearDuplicateThreshold} is the estimated Jaccard
 * similarity of word 5-shingles from which two articles are one story; {@code sameEventDays} is how
 * far apart two tellings may be when one of them is dated only by its article.
 */
public record StoreSettings(double nearDuplicateThreshold, int sameEventDays) {
  public static final StoreSettings DEFAULT = new StoreSettings(0.8, 7);

  public StoreSettings {
    if (!(nearDuplicateThreshold > 0 && nearDuplicateThreshold <= 1)) {
      throw new IllegalArgumentException("nearDuplicateThreshold must be in (0, 1], got " + nearDuplicateThreshold);
    }
    if (sameEventDays < 0) {
      throw new IllegalArgumentException("sameEventDays must be >= 0, got " + sameEventDays);
    }
  }
}
