package org.dyad.store;

import java.nio.file.Files;
import java.util.List;

/**
 * Measures what one save costs (an article of ~60 words with two actors, one event and one quote, in
 * its own transaction), to weigh durability settings. Not a test: run
 * {@code java -cp ... org.dyad.store.SaveBench N [DB]} (see docs/benchmarks.md).
 */
public final class SaveBench {
  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    String db = args.length > 1 ? args[1] : Files.createTempDirectory("dyad-bench").resolve("db").toString();
    try (Store store = Store.open(db)) {
      long t0 = System.nanoTime();
      for (int i = 0; i < n; i++) {
        store.save(Fixtures.analysis("s" + i, Fixtures.other(i), "2024-03-01", null,
            List.of(Fixtures.SYRGOV, Fixtures.HAMAS), List.of(Fixtures.arrest("2024-03-01"))));
      }
      double ms = (System.nanoTime() - t0) / 1e6;
      System.out.printf("%d saves into %s: %.1f ms each, %.0f saves/s%n", n, store.url(), ms / n, n * 1000 / ms);
    }
  }
}
