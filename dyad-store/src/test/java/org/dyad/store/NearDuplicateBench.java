package org.dyad.store;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.Random;
import org.dyad.store.dedup.Lsh;
import org.dyad.store.dedup.NearDuplicateIndex;

/**
 * Measures the near-duplicate check (LSH lookup, verification, band insert) per new article with N
 * articles already indexed; the N are filled synthetically (random signatures). Not a test: run
 * {@code java -cp ... org.dyad.store.NearDuplicateBench N [DB]} (see docs/benchmarks.md).
 */
public final class NearDuplicateBench {
  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    String db = args.length > 1 ? args[1] : Files.createTempDirectory("dyad-bench").resolve("db").toString();
    try (Store store = Store.open(db); Connection c = store.connection()) {
      NearDuplicateIndex index = NearDuplicateIndex.standard(0.8);
      fill(c, index, n);
      Random random = new Random(42);
      int probes = 500;
      String[] texts = new String[probes];
      for (int i = 0; i < probes; i++) {
        texts[i] = Fixtures.other(1_000_000 + i) + " " + Fixtures.STORY.substring(0, 200 + random.nextInt(400));
      }
      c.setAutoCommit(false);
      long t0 = System.nanoTime();
      int found = 0;
      for (int i = 0; i < probes; i++) {
        int[] sig = index.signature(texts[i]);
        found += index.find(c, sig).isPresent() ? 1 : 0;
        long id = insertArticle(c, "probe" + i, sig);
        index.add(c, id, sig);
        c.commit();
      }
      double micros = (System.nanoTime() - t0) / 1e3 / probes;
      System.out.printf("%d indexed articles (%s): %.0f us per new article (signature + lookup + verify + insert), %d near-duplicates found%n",
          n, store.url().startsWith("jdbc:h2") ? "H2" : "PostgreSQL", micros, found);
    }
  }

  private static void fill(Connection c, NearDuplicateIndex index, int n) throws Exception {
    c.setAutoCommit(false);
    Random random = new Random(7);
    for (int i = 0; i < n; i++) {
      int[] sig = new int[128];
      for (int j = 0; j < sig.length; j++) {
        sig[j] = random.nextInt(Integer.MAX_VALUE);
      }
      long id = insertArticle(c, "synthetic" + i, sig);
      index.add(c, id, sig);
      if (i % 1000 == 999) {
        c.commit();
      }
    }
    c.commit();
  }

  private static long insertArticle(Connection c, String name, int[] sig) throws Exception {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO articles (name, content_hash, text, story_id, minhash, ingested_at)"
        + " VALUES (?, ?, '', 0, ?, ?)", java.sql.Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, name);
      ps.setString(2, org.dyad.input.ContentHash.of(name));
      ps.setBytes(3, Lsh.toBytes(sig));
      ps.setObject(4, OffsetDateTime.now());
      ps.executeUpdate();
      return Sql.generatedId(ps);
    }
  }

  private NearDuplicateBench() {}

}
