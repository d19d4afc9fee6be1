package org.dyad.cli;

/** A one-line progress display on stderr for long batches, shown only on a terminal. */
final class Progress {
  /** For inputs whose size is not known in advance (directories, feeds, archives read as streams). */
  static final int UNKNOWN_TOTAL = -1;

  private final int total;
  private final long t0 = System.nanoTime();
  private final boolean shown;
  private long lastPrint;

  Progress(int total) {
    this.total = total;
    this.shown = (total > 1 || total == UNKNOWN_TOTAL) && System.console() != null;
  }

  void update(int done) {
    if (!shown) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastPrint < 500_000_000L && (total == UNKNOWN_TOTAL || done < total)) {
      return;
    }
    lastPrint = now;
    double secs = (now - t0) / 1e9;
    double rate = secs > 0 ? done / secs : 0;
    if (total == UNKNOWN_TOTAL) {
      System.err.printf("\r%d articles  %.2f/s   ", done, rate);
      return;
    }
    long left = rate > 0 ? Math.round((total - done) / rate) : 0;
    System.err.printf("\r%d/%d articles  %.2f/s  %d s left   ", done, total, rate, left);
  }

  void finish() {
    if (shown) {
      System.err.println();
    }
  }
}
