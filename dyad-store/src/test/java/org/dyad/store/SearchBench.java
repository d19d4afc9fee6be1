package org.dyad.store;

import java.nio.file.Files;
import java.util.List;

/**
 * Measures full-text article search ({@link Store#searchArticles}) over N stored articles of about 900
 * words each, to check that a LIKE over the words column is fast enough. Not a test: run
 * {@code java -cp ... org.dyad.store.SearchBench N [DB]} (figures in docs/store.md, Search).
 */
public final class SearchBench {
  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    String db = args.length > 1 ? args[1] : Files.createTempDirectory("dyad-bench").resolve("db").toString();
    try (Store store = Store.open(db)) {
      for (int i = (int) store.counts().articles(); i < n; i++) {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < 15; k++) {
          text.append(Fixtures.other(i * 15 + k));
        }
        store.save(Fixtures.analysis("s" + i, text + (i % 100 == 0 ? " Damascus" : ""), "2024-03-01", null, List.of(), List.of()));
      }
      store.searchArticles("warm up", 20);
      // Each query once: H2 hands back the last result of a query asked again with no change between.
      for (String q : List.of("nothingsuch", "damascus", "border security", "report number 4", "discuss delegations")) {
        long t0 = System.nanoTime();
        int found = store.searchArticles(q, 20).size();
        System.out.printf("'%s' over %d articles: %d found in %.1f ms%n", q, n, found, (System.nanoTime() - t0) / 1e6);
      }
    }
  }
}
