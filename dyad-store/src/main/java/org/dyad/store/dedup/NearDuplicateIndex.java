package org.dyad.store.dedup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The near-duplicate index in the store: LSH band keys of every article in {@code minhash_bands},
 * signatures in {@code articles.minhash}. A lookup reads only the articles that share a band key with
 * the new one, so its cost does not grow with the corpus (only with the number of true candidates).
 * Works on the caller's connection and transaction.
 */
public final class NearDuplicateIndex {
  private final MinHash minHash;
  private final Lsh lsh;
  private final double threshold;

  public NearDuplicateIndex(MinHash minHash, Lsh lsh, double threshold) {
    this.minHash = minHash;
    this.lsh = lsh;
    this.threshold = threshold;
  }

  public static NearDuplicateIndex standard(double threshold) {
    return new NearDuplicateIndex(MinHash.standard(), Lsh.standard(), threshold);
  }

  /** The earlier article a text nearly duplicates. */
  public record Match(long articleId, long storyId, double similarity) {}

  public int[] signature(String text) {
    return minHash.signature(text);
  }

  public long[] keys(int[] signature) {
    return lsh.keys(signature);
  }

  /** The most similar stored article at or above the threshold (the earliest among equals). */
  public Optional<Match> find(Connection c, int[] signature) throws SQLException {
    Set<Long> candidates = new LinkedHashSet<>();
    long[] keys = lsh.keys(signature);
    StringBuilder sql = new StringBuilder("SELECT DISTINCT article_id FROM minhash_bands WHERE band_key IN (");
    for (int i = 0; i < keys.length; i++) {
      sql.append(i == 0 ? "?" : ",?");
    }
    sql.append(") ORDER BY article_id");
    try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
      for (int i = 0; i < keys.length; i++) {
        ps.setLong(i + 1, keys[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          candidates.add(rs.getLong(1));
        }
      }
    }
    Match best = null;
    try (PreparedStatement ps = c.prepareStatement("SELECT story_id, minhash FROM articles WHERE id = ?")) {
      for (long id : candidates) {
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next() && rs.getBytes(2) != null) {
            double s = MinHash.similarity(signature, Lsh.fromBytes(rs.getBytes(2)));
            if (s >= threshold && (best == null || s > best.similarity())) {
              best = new Match(id, rs.getLong(1), s);
            }
          }
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** Adds an article's band keys to the index. */
  public void add(Connection c, long articleId, int[] signature) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO minhash_bands (band_key, article_id) VALUES (?, ?)")) {
      for (long key : lsh.keys(signature)) {
        ps.setLong(1, key);
        ps.setLong(2, articleId);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }
}
