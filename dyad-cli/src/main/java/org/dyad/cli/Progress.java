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
    String left = rate > 0 ? duration(Math.round((total - done) / rate)) + " left" : "";
    System.err.printf("\r%d/%d articles (%d%%)  %.2f/s  %s   ", done, total, 100 * done / total, rate, left);
  }

  /** Says what the batch is waiting for before its first article is done ("loading the models"). */
  void status(String what) {
    if (shown) {
      System.err.printf("\r%s...   ", what);
    }
  }

  /** "42 s", "3 min 5 s", "2 h 4 min". */
  static String duration(long seconds) {
    if (seconds < 60) {
      return seconds + " s";
    }
    if (seconds < 3600) {
      return seconds / 60 + " min " + seconds % 60 + " s";
    }
    return seconds / 3600 + " h " + seconds % 3600 / 60 + " min";
  }

  void finish() {
    if (shown) {
      System.err.println();
    }
  }
}
