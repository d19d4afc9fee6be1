package org.dyad.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.struct;

import java.time.Instant;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The corpus's events in the field's formats, written by the store's own exporters (dyad-store's
 * {@code Exporter.of}: what {@code dyad export} writes), as text under the output folder:
 * {@code gdelt-events} (GDELT 2.0 Event), {@code gdelt-mentions} (GDELT 2.0 Mentions) and
 * {@code plover} (PLOVER JSON Lines). Each event becomes the store's {@code StoredEvent}
 * ({@link StoredEvents}): articles and events numbered in the order the store would have saved them
 * (input order; an event by its first telling), the actors' facts from the {@code actors} table, and
 * where each telling names its actors from the articles' actor mentions, as the store finds them.
 */
final class ExchangeFormats {
  private ExchangeFormats() {}

  static void write(SparkSession spark, Dataset<Row> analysed, Dataset<Row> articles, Dataset<Row> events,
                    Dataset<Row> actors, String output, Instant added) {
    Dataset<Row> refs = articleRefs(spark, articles);
    Dataset<Row> spans = analysed.select(col("article_id"), explode(col("actors")).as("a"))
        .select(col("article_id"), col("a.id").as("actor"), col("a.spans").as("spans"));
    Dataset<Row> mentions = events.select(col("event_id"), col("source_actor"), col("target_actor"), explode(col("mentions")).as("m"))
        .select(col("event_id"), col("source_actor"), col("target_actor"), col("m.article_id").as("article_id"),
            col("m.sentence").as("sentence"), col("m.start").as("start"), col("m.end").as("end"), col("m.text").as("text"),
            col("m.certainty").as("certainty"))
        .join(refs, "article_id")
        .join(spans.withColumnRenamed("actor", "source_actor").withColumnRenamed("spans", "source_spans"),
            new String[] {"article_id", "source_actor"}, "left")
        .join(spans.withColumnRenamed("actor", "target_actor").withColumnRenamed("spans", "target_spans"),
            new String[] {"article_id", "target_actor"}, "left");
    Dataset<Row> told = mentions.groupBy("event_id").agg(collect_list(struct(col("num").as("article"), col("sentence"),
        col("start"), col("end"), col("text"), col("certainty"), col("source_spans"), col("target_spans"), col("name"),
        col("url"), col("date"), col("story_num"), col("publisher"), col("title"), col("length"))).as("told"));
    Dataset<Row> whole = eventNumbers(spark, events.drop("mentions"), articles).join(told, "event_id")
        .join(facts(actors, "s_"), col("source_actor").equalTo(col("s_id")), "left")
        .join(facts(actors, "t_"), col("target_actor").equalTo(col("t_id")), "left")
        .join(refs.select(col("article_id").as("first_article"), col("num").as("first_num")), "first_article");
    StoredEvents toStored = new StoredEvents(added);
    JavaRDD<Row> lines = whole.javaRDD().map(r -> RowFactory.create(r.<Long>getAs("num"), toStored.gdelt(r),
        toStored.gdeltMentions(r), toStored.plover(r)));
    Dataset<Row> formats = spark.createDataFrame(lines, new StructType().add("num", DataTypes.LongType)
        .add("gdelt", DataTypes.StringType).add("mentions", DataTypes.StringType).add("plover", DataTypes.StringType))
        .orderBy("num").persist();
    text(formats.select("gdelt"), output, "gdelt-events");
    text(formats.select(explode(org.apache.spark.sql.functions.split(col("mentions"), "\n")).as("line")).filter(length(col("line")).gt(0)),
        output, "gdelt-mentions");
    text(formats.select("plover"), output, "plover");
    formats.unpersist();
  }

  /** The articles the store keeps (not failed, not known), numbered in input order, with their story's number. */
  private static Dataset<Row> articleRefs(SparkSession spark, Dataset<Row> articles) {
    Dataset<Row> kept = articles.filter(col("status").isin("new", "near_duplicate"))
        .select(col("article_id"), col("seq"), col("story_id"), col("name"), col("url"), col("date"), col("publisher"),
            col("title"), length(col("text")).as("length"));
    Dataset<Row> numbered = numbered(spark, kept, col("seq"));
    return numbered.join(numbered.select(col("article_id").as("story_id"), col("num").as("story_num")), "story_id");
  }

  /** Events numbered as the store numbers them: by the input order of the telling that made each. */
  private static Dataset<Row> eventNumbers(SparkSession spark, Dataset<Row> events, Dataset<Row> articles) {
    Dataset<Row> ordered = events.join(articles.select(col("article_id").as("first_article"), col("seq").as("first_seq")), "first_article")
        .withColumn("telling", coalesce(regexp_extract(col("event_id"), "#e(\\d+)$", 1).cast("int"), lit(0)));
    return numbered(spark, ordered, col("first_seq"), col("telling"));
  }

  private static Dataset<Row> facts(Dataset<Row> actors, String prefix) {
    return actors.select(col("id").as(prefix + "id"), col("code").as(prefix + "code"), col("name").as(prefix + "name"),
        col("country").as(prefix + "country"), col("role").as(prefix + "role"), col("type").as(prefix + "type"));
  }

  /** {@code table} with a column {@code num}: 1, 2, ... in the order of {@code order} (distributed: a sort and an index). */
  static Dataset<Row> numbered(SparkSession spark, Dataset<Row> table, Column... order) {
    StructType schema = table.schema().add("num", DataTypes.LongType);
    JavaRDD<Row> rows = table.orderBy(order).javaRDD().zipWithIndex().map(t -> {
      Object[] values = new Object[t._1().size() + 1];
      for (int i = 0; i < t._1().size(); i++) {
        values[i] = t._1().get(i);
      }
      values[values.length - 1] = t._2() + 1;
      return RowFactory.create(values);
    });
    return spark.createDataFrame(rows, schema);
  }

  private static void text(Dataset<Row> lines, String output, String name) {
    lines.as(Encoders.STRING()).write().mode(SaveMode.Overwrite).text(output + "/" + name);
  }
}
