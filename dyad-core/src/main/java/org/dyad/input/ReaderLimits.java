package org.dyad.input;

/** Limits of the {@link ArticleReader}: {@code maxBytes} is the largest input it reads (UTF-8 bytes for strings). */
public record ReaderLimits(int maxBytes) {
  /** 5 MiB: far above any news article, far below what would hurt the pipeline. */
  public static final int DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

  public static final ReaderLimits DEFAULT = new ReaderLimits(DEFAULT_MAX_BYTES);

  public ReaderLimits {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be > 0, got " + maxBytes);
    }
  }
}
