package org.dyad.cli;

/** A one-line progress display on stderr for long batches, shown only on a terminal. */
final class Progress {
  private final int total;
  private final long t0 = System.nanoTime();
  private final boolean shown;
  private long lastPrint;

  Progress(int total) {
    this.total = total;
    this.shown = total > 1 && System.console() != null;
  }

  void update(int done) {
    if (!shown) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastPrint < 500_000_000L && done < total) {
      return;
    }
    lastPrint = now;
    double secs = (now - t0) / 1e9;
    double rate = secs > 0 ? done / secs : 0;
    long left = rate > 0 ? Math.round((total - done) / rate) : 0;
    System.err.printf("\r%d/%d articles  %.2f/s  %d s left   ", done, total, rate, left);
  }

  void finish() {
    if (shown) {
      System.err.println();
    }
  }
}
