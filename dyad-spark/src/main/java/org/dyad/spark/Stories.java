package org.dyad.spark;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.dyad.store.dedup.Shingles;

/**
 * Near-duplicate articles at scale: each article's set of word 5-shingles (the store's
 * {@link Shingles}) hashed into a sparse vector, Spark ML's {@link MinHashLSH} to find the pairs within
 * a Jaccard distance of {@code maxDistance}, and then the store's rule for stories: in input order, an
 * article joins the story of the earlier article most similar to it (the earliest among equals), else
 * starts its own. Only the near-duplicate pairs come to the driver.
 */
final class Stories {
  /** Shingle hashes are folded into vectors of this size (collisions are negligible for articles). */
  static final int FEATURES = 1 << 30;
  static final long SEED = 42L;

  static final StructType STORY = new StructType(new StructField[] {
      new StructField("article_id", DataTypes.StringType, false, Metadata.empty()),
      new StructField("story_id", DataTypes.StringType, false, Metadata.empty()),
      new StructField("near_duplicate_of", DataTypes.StringType, false, Metadata.empty()),
      new StructField("similarity", DataTypes.DoubleType, false, Metadata.empty())});

  private final double maxDistance;
  private final int hashTables;

  Stories(double maxDistance, int hashTables) {
    if (!(maxDistance >= 0 && maxDistance < 1)) {
      throw new IllegalArgumentException("maxDistance must be in [0, 1), got " + maxDistance);
    }
    if (hashTables < 1) {
      throw new IllegalArgumentException("hashTables must be >= 1, got " + hashTables);
    }
    this.maxDistance = maxDistance;
    this.hashTables = hashTables;
  }

  /**
   * The near-duplicates among {@code articles} (columns article_id, seq, text): one row of
   * {@link #STORY} for each article that joins an earlier one's story; other articles are their own story.
   */
  Dataset<Row> find(SparkSession spark, Dataset<Row> articles) {
    Dataset<Row> vectors = spark.createDataFrame(articles.select("article_id", "seq", "text").javaRDD()
        .map(r -> RowFactory.create(r.getString(0), r.getLong(1), shingleVector(r.getString(2))))
        .filter(r -> r.get(2) != null), new StructType(new StructField[] {
            new StructField("article_id", DataTypes.StringType, false, Metadata.empty()),
            new StructField("seq", DataTypes.LongType, false, Metadata.empty()),
            new StructField("features", SQLDataTypes.VectorType(), false, Metadata.empty())}));
    MinHashLSHModel model = new MinHashLSH().setNumHashTables(hashTables).setSeed(SEED)
        .setInputCol("features").setOutputCol("hashes").fit(vectors);
    List<Row> pairs = model.approxSimilarityJoin(vectors, vectors, maxDistance, "distance")
        .filter(col("datasetA.seq").lt(col("datasetB.seq")))
        .select(col("datasetA.article_id"), col("datasetA.seq"), col("datasetB.article_id"), col("datasetB.seq"),
            col("distance"))
        .collectAsList();
    return spark.createDataFrame(assign(pairs), STORY);
  }

  /** The store's rule on (earlier id, earlier seq, later id, later seq, distance) pairs. */
  static List<Row> assign(List<Row> pairs) {
    List<Row> sorted = new ArrayList<>(pairs);
    // By the later article, then most similar first, then the earliest first.
    sorted.sort((a, b) -> a.getLong(3) != b.getLong(3) ? Long.compare(a.getLong(3), b.getLong(3))
        : a.getDouble(4) != b.getDouble(4) ? Double.compare(a.getDouble(4), b.getDouble(4))
        : Long.compare(a.getLong(1), b.getLong(1)));
    Map<String, String> story = new HashMap<>();
    List<Row> out = new ArrayList<>();
    String last = null;
    for (Row p : sorted) {
      String later = p.getString(2);
      if (later.equals(last)) {
        continue;
      }
      last = later;
      String earlier = p.getString(0);
      String storyId = story.getOrDefault(earlier, earlier);
      story.put(later, storyId);
      out.add(RowFactory.create(later, storyId, earlier, 1.0 - p.getDouble(4)));
    }
    return out;
  }

  /** The set of a text's 5-shingles as a binary sparse vector; null for a text without words. */
  static org.apache.spark.ml.linalg.Vector shingleVector(String text) {
    long[] hashes = Shingles.of(text, 5);
    if (hashes.length == 0) {
      return null;
    }
    int[] indices = Arrays.stream(hashes).mapToInt(h -> (int) Math.floorMod(h, (long) FEATURES)).sorted().distinct().toArray();
    double[] ones = new double[indices.length];
    Arrays.fill(ones, 1.0);
    return Vectors.sparse(FEATURES, indices, ones);
  }
}
