package org.dyad.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The row types of the job. {@link #ANALYSED} is one input article with its analysis nested (what the
 * executors produce); {@link #EVENT} and {@link #MENTION} are the events after the merge across
 * articles. The Parquet outputs are selections of these (see docs/spark.md).
 */
final class Schemas {
  private Schemas() {}

  static final StructType MENTION_SPAN = struct(
      "sentence", IntegerType, "start", IntegerType, "end", IntegerType, "text", StringType);

  static final StructType SPAN = struct("start", IntegerType, "end", IntegerType);

  /** An actor of one article; {@code spans} are its mentions (for the exchange formats' offsets, not written to Parquet). */
  static final StructType ACTOR = struct(
      "id", StringType, "code", StringType, "name", StringType, "type", StringType, "country", StringType,
      "role", StringType, "affiliation", StringType, "title", StringType,
      "aliases", createArrayType(StringType), "num_mentions", IntegerType, "spans", createArrayType(SPAN));

  /** The gazetteer entry an event's place resolved to (dyad's Location less its offsets), or null. */
  static final StructType PLACE = struct(
      "text", StringType, "name", StringType, "geonames_id", LongType, "feature_class", StringType,
      "feature_code", StringType, "country", StringType, "admin1", StringType, "admin1_name", StringType,
      "lat", DoubleType, "lon", DoubleType, "how", StringType);

  /** One telling of an event in one article, as the article's analysis gives it. */
  static final StructType TELLING = struct(
      "id", StringType, "source_actor", StringType, "source_code", StringType,
      "target_actor", StringType, "target_code", StringType, "cameo", StringType, "root", StringType,
      "label", StringType, "goldstein", DoubleType, "quad_class", IntegerType, "plover", StringType,
      "plover_mode", StringType, "negated", BooleanType, "certainty", StringType, "claimed_by", StringType,
      "date", StringType, "date_explicit", BooleanType, "quantity", IntegerType, "location", StringType,
      "place", PLACE, "mentions", createArrayType(MENTION_SPAN));

  static final StructType QUOTE = struct(
      "speaker_actor", StringType, "speaker_text", StringType, "text", StringType,
      "start", IntegerType, "end", IntegerType);

  /** An input article: where it came from, its metadata, a failure or its analysis. */
  static final StructType ANALYSED = struct(
      "article_id", StringType, "file_index", IntegerType, "item_index", IntegerType,
      "name", StringType, "title", StringType, "date", DateType, "url", StringType, "publisher", StringType,
      "format", StringType, "language", StringType, "content_hash", StringType, "text", StringType,
      "problems", createArrayType(StringType), "failure", StringType,
      "actors", createArrayType(ACTOR), "events", createArrayType(TELLING), "quotes", createArrayType(QUOTE));

  /** An event of the corpus, made of one or more tellings. */
  static final StructType EVENT = struct(
      "event_id", StringType, "cameo", StringType, "root", StringType, "label", StringType,
      "quad_class", IntegerType, "goldstein", DoubleType, "plover", StringType, "plover_mode", StringType,
      "source_actor", StringType, "source_code", StringType, "target_actor", StringType, "target_code", StringType,
      "negated", BooleanType, "certainty", StringType, "claimed_by", StringType, "date", StringType,
      "date_explicit", BooleanType, "quantity", IntegerType, "location", StringType, "place", PLACE,
      "num_articles", IntegerType, "num_sources", IntegerType, "num_mentions", IntegerType,
      "first_article", StringType, "month", StringType);

  /** One telling of a corpus event: the article and the span. */
  static final StructType MENTION = struct(
      "event_id", StringType, "article_id", StringType, "sentence", IntegerType, "start", IntegerType,
      "end", IntegerType, "text", StringType, "claimed_by", StringType, "certainty", StringType);

  /** An event with its mentions, as the merge gives it. */
  static final StructType EVENT_WITH_MENTIONS = EVENT.add("mentions", createArrayType(MENTION));

  /** A list as the value of an array column of an external {@code Row} (which must be a Scala {@code Seq}). */
  static <T> scala.collection.Seq<T> array(java.util.List<T> list) {
    return scala.jdk.javaapi.CollectionConverters.asScala(list);
  }

  /** A struct of (name, type) pairs, every field nullable. */
  private static StructType struct(Object... namesAndTypes) {
    StructField[] fields = new StructField[namesAndTypes.length / 2];
    for (int i = 0; i < fields.length; i++) {
      fields[i] = new StructField((String) namesAndTypes[2 * i], (DataType) namesAndTypes[2 * i + 1], true, Metadata.empty());
    }
    return new StructType(fields);
  }
}
