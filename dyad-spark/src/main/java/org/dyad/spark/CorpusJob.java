package org.dyad.spark;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The job's plan: analyse the input files on the executors, drop articles already seen (same text or
 * URL as an earlier one, as the store does), find stories with {@link Stories}, merge events across
 * articles with {@link EventJoin}, and write five Parquet tables under the output folder:
 * {@code articles}, {@code actors}, {@code events} (partitioned by {@code month}),
 * {@code event_mentions} and {@code quotes}.
 */
final class CorpusJob {
  /** The job's knobs; {@code partitions} 0 means the default; {@code db} may be null. */
  record Settings(int partitions, int maxBytes, String db, double maxDistance, int hashTables, int sameEventDays,
                  ActorFiles actors) {
    Settings {
      if (partitions < 0 || maxBytes < 1) {
        throw new IllegalArgumentException("partitions must be >= 0 and maxBytes >= 1, got " + partitions + ", " + maxBytes);
      }
    }
  }

  /** What a run did. */
  record Summary(long articles, long analysed, long known, long failed, long nearDuplicates, long stories,
                 long events, long mentions, long actors, long quotes, int tasks, double seconds) {
    @Override
    public String toString() {
      return String.format("%d article(s): %d analysed (%d near-duplicates, %d stories), %d already seen, %d failed;"
              + " %d events (%d mentions), %d actors, %d quotes; read by %d task(s); %.1f s (%.2f articles/s)",
          articles, analysed, nearDuplicates, stories, known, failed, events, mentions, actors, quotes, tasks, seconds,
          seconds > 0 ? articles / seconds : 0.0);
    }
  }

  private final SparkSession spark;
  private final Settings settings;

  CorpusJob(SparkSession spark, Settings settings) {
    this.spark = spark;
    this.settings = settings;
  }

  Summary run(List<InputFile> files, String output) {
    long t0 = System.nanoTime();
    Instant started = Instant.now();
    JavaRDD<Row> read = analysed(files);
    Dataset<Row> all = spark.createDataFrame(read, Schemas.ANALYSED)
        .withColumn("seq", col("file_index").cast("long").multiply(1L << 32).plus(col("item_index")))
        .persist(StorageLevel.MEMORY_AND_DISK());

    Dataset<Row> analysed = firstSeen(all.filter(col("failure").isNull())).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> stories = new Stories(settings.maxDistance(), settings.hashTables()).find(spark, analysed);
    Dataset<Row> articles = articles(all, analysed, stories).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> events = events(analysed).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> actors = actors(analysed);
    Dataset<Row> quotes = analysed.select(col("article_id"), explode(col("quotes")).as("q")).select("article_id", "q.*");
    Dataset<Row> mentions = events.select(explode(col("mentions")).as("m")).select("m.*");

    write(articles, output, "articles");
    write(actors, output, "actors");
    events.drop("mentions").write().mode(SaveMode.Overwrite).partitionBy("month").parquet(output + "/events");
    write(mentions, output, "event_mentions");
    write(quotes, output, "quotes");
    ExchangeFormats.write(spark, analysed, articles, events, spark.read().parquet(output + "/actors"), output, started);

    Summary summary = new Summary(all.count(), analysed.count(), articles.filter(col("status").equalTo("known")).count(),
        articles.filter(col("status").equalTo("failed")).count(),
        articles.filter(col("status").equalTo("near_duplicate")).count(),
        articles.select("story_id").where(col("story_id").isNotNull()).distinct().count(),
        events.count(), spark.read().parquet(output + "/event_mentions").count(),
        spark.read().parquet(output + "/actors").count(), spark.read().parquet(output + "/quotes").count(),
        read.getNumPartitions(), (System.nanoTime() - t0) / 1e9);
    all.unpersist();
    analysed.unpersist();
    articles.unpersist();
    events.unpersist();
    return summary;
  }

  /** Every input article analysed: whole files spread by file, JSON Lines by split. */
  private JavaRDD<Row> analysed(List<InputFile> files) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    ArticleAnalysis analysis = new ArticleAnalysis(settings.maxBytes(), settings.db(), settings.actors());
    List<Tuple2<Integer, InputFile>> whole = AnalyseFiles.indexed(files);
    JavaRDD<Row> lines = JsonLinesSplits.analyse(jsc, files, analysis);
    if (whole.isEmpty()) {
      return lines;
    }
    int slices = settings.partitions() > 0 ? settings.partitions()
        : Math.max(1, Math.min(whole.size(), jsc.defaultParallelism() * 4));
    JavaRDD<Row> rows = jsc.parallelize(whole, slices)
        .mapPartitions(new AnalyseFiles(analysis, HadoopSettings.of(jsc.getConf())));
    return lines == null ? rows : rows.union(lines);
  }

  /** The analysed articles not seen before: the first in input order of each text (format and text) and of each URL. */
  private static Dataset<Row> firstSeen(Dataset<Row> ok) {
    Dataset<Row> byHash = ok.withColumn("rank", row_number().over(Window.partitionBy("content_hash").orderBy("seq")))
        .filter(col("rank").equalTo(1)).drop("rank");
    return byHash.withColumn("rank", row_number().over(Window.partitionBy(coalesce(col("url"), col("article_id"))).orderBy("seq")))
        .filter(col("rank").equalTo(1)).drop("rank");
  }

  /** Every input article with its status (new, near_duplicate, known, failed) and story. */
  private static Dataset<Row> articles(Dataset<Row> all, Dataset<Row> analysed, Dataset<Row> stories) {
    Dataset<Row> kept = analysed.select(col("article_id"), lit(true).as("kept"));
    Dataset<Row> joined = all.join(kept, "article_id", "left").join(stories, "article_id", "left");
    Column status = when(col("failure").isNotNull(), "failed").when(col("kept").isNull(), "known")
        .when(col("near_duplicate_of").isNotNull(), "near_duplicate").otherwise("new");
    return joined.select(col("article_id"), col("seq"), status.as("status"),
        when(col("kept").isNotNull(), coalesce(col("story_id"), col("article_id"))).as("story_id"),
        col("near_duplicate_of"), col("similarity"), col("name"), col("title"), col("date"), col("url"),
        col("publisher"), col("format"), col("language"), col("content_hash"), col("problems"), col("failure"),
        col("text"));
  }

  /** The events of the corpus: tellings grouped by root, target and negation, each group merged as the store would. */
  private Dataset<Row> events(Dataset<Row> analysed) {
    JavaRDD<Told> tellings = analysed.select("article_id", "file_index", "item_index", "publisher", "events")
        .javaRDD().flatMap(r -> {
          List<Told> out = new ArrayList<>();
          List<Row> events = r.getList(4);
          for (int i = 0; i < events.size(); i++) {
            out.add(new Told(r.getString(0), r.getInt(1), r.getInt(2), i, r.getString(3), events.get(i)));
          }
          return out.iterator();
        });
    EventJoin join = new EventJoin(settings.sameEventDays());
    JavaRDD<Row> merged = tellings.keyBy(Told::groupKey).groupByKey()
        .flatMap(g -> join.join(g._2()).stream().map(CorpusEvent::toRow).iterator());
    return spark.createDataFrame(merged, Schemas.EVENT_WITH_MENTIONS);
  }

  /** The actors of the corpus by id: fields from their first article, every alias, how many articles and mentions. */
  private static Dataset<Row> actors(Dataset<Row> analysed) {
    Dataset<Row> each = analysed.select(col("article_id"), col("seq"), explode(col("actors")).as("a"));
    return each.groupBy(col("a.id").as("id"))
        .agg(min_by(col("a"), col("seq")).as("first"), array_sort(array_distinct(flatten(collect_list(col("a.aliases"))))).as("aliases"),
            count_distinct(col("article_id")).cast("int").as("num_articles"), sum(col("a.num_mentions")).cast("int").as("num_mentions"))
        .select(col("id"), col("first.code"), col("first.name"), col("first.type"), col("first.country"), col("first.role"),
            col("first.affiliation"), col("first.title"), col("aliases"), col("num_articles"), col("num_mentions"));
  }

  private static void write(Dataset<Row> table, String output, String name) {
    table.write().mode(SaveMode.Overwrite).parquet(output + "/" + name);
  }
}
