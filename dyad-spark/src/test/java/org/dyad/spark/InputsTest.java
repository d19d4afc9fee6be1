package org.dyad.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs through Hadoop's file systems in local[2]: a JSON Lines file of a few megabytes cut into
 * splits of 512 KB, read by several tasks, whose articles keep their line numbers in the whole file;
 * a glob of {@code file:} URIs. The big file's lines are cheap: two wire articles, first and last,
 * and between them lines that are no article (MALFORMED, never analysed).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InputsTest {
  private static final int SPLIT_BYTES = 512 * 1024;
  private static final int FILLER_LINES = 40_000;

  private Path tmp;
  private Path big;
  private Path corpus;

  @BeforeAll
  void writeInputs(@TempDir Path dir) throws IOException, URISyntaxException {
    tmp = dir;
    corpus = Path.of(InputsTest.class.getResource("corpus").toURI());
    List<String> wires = Files.readAllLines(corpus.resolve("07-wires.jsonl"));
    big = dir.resolve("big.jsonl");
    try (Writer out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      out.write(wires.get(0) + "\n");
      for (int i = 0; i < FILLER_LINES; i++) {
        out.write("{\"note\": \"line " + i + ": no text and no html, so no article; only here to make the file large\"}\n");
      }
      out.write(wires.get(1) + "\n");
    }
  }

  @Test
  void aLargeJsonLinesFileIsCutIntoSeveralSplits() {
    int splits = withSpark(spark -> {
      JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
      jsc.hadoopConfiguration().setLong("mapreduce.input.fileinputformat.split.maxsize", SPLIT_BYTES);
      return JsonLinesSplits.lines(jsc, List.of(new org.apache.hadoop.fs.Path(big.toUri()))).getNumPartitions();
    });
    assertThat(big.toFile().length()).isGreaterThan(6L * SPLIT_BYTES);
    assertThat(splits).isGreaterThanOrEqualTo(6);
  }

  @Test
  void articlesOfASplitFileKeepTheirLineNumbersInTheWholeFile() {
    Path out = tmp.resolve("big-out");
    assertThat(DyadJob.run("--master", "local[2]", "--input", big.toString(), "--output", out.toString(),
        "--conf", "spark.hadoop.mapreduce.input.fileinputformat.split.maxsize=" + SPLIT_BYTES)).isZero();
    long middle = FILLER_LINES / 2 + 1;
    List<Row> rows = withSpark(spark -> {
      Dataset<Row> articles = spark.read().parquet(out.resolve("articles").toString());
      return articles.filter(col("status").equalTo("new").or(col("article_id").equalTo(big + ":" + middle)))
          .select("article_id", "status", "name").collectAsList();
    });
    assertThat(rows).extracting(r -> r.getString(0), r -> r.getString(1)).containsExactlyInAnyOrder(
        tuple(big + ":1", "new"), tuple(big + ":" + (FILLER_LINES + 2), "new"), tuple(big + ":" + middle, "failed"));
    assertThat(rows).extracting(r -> r.getString(2)).contains("wire-kyiv", "wire-sanctions");
    long all = withSpark(spark -> spark.read().parquet(out.resolve("articles").toString()).count());
    assertThat(all).isEqualTo(FILLER_LINES + 2);
  }

  @Test
  void aGlobOfFileUrisReadsTheFilesItMatches() {
    Path out = tmp.resolve("glob-out");
    assertThat(DyadJob.run("--master", "local[2]", "--input", corpus.toUri() + "0[12]-*.txt", "--output", out.toString()))
        .isZero();
    List<String> ids = withSpark(spark -> spark.read().parquet(out.resolve("articles").toString())
        .select("article_id").as(org.apache.spark.sql.Encoders.STRING()).collectAsList());
    assertThat(ids).containsExactlyInAnyOrder(corpus.resolve("01-damascus-arrests.txt").toString(),
        corpus.resolve("02-damascus-arrests-copy.txt").toString());
  }

  /** As for {@code dyad analyze --actors}: the dictionary, read on the driver, reaches the executors' analyzer. */
  @Test
  void actorsFromAUserDictionaryAreFound() throws IOException {
    Path dictionary = Files.writeString(tmp.resolve("my-actors.tsv"), "id\tcode\tname\ttype\tcountry\trole\taffiliation\ttitle\taliases\n"
        + "zpi\tZORPI\tZorbalian Peace Institute\tNGO\t-\t-\t-\t-\tZPI|the Institute\n");
    Path article = Files.writeString(tmp.resolve("zpi.txt"), "GENEVA, October 18 - The Zorbalian Peace Institute accused Russia"
        + " on Friday of shelling civilians in Kharkiv.\n\nThe Institute said the attack killed four people.\n");
    Path out = tmp.resolve("actors-out");
    assertThat(DyadJob.run("--master", "local[2]", "--input", article.toString(), "--output", out.toString(),
        "--actors", dictionary.toUri().toString())).isZero();
    List<String> codes = withSpark(spark -> spark.read().parquet(out.resolve("events").toString())
        .select("source_code").as(org.apache.spark.sql.Encoders.STRING()).collectAsList());
    assertThat(codes).contains("ZORPI");
  }

  @Test
  void aGlobThatMatchesNothingIsAUsageError() {
    assertThat(DyadJob.run("--master", "local[1]", "--input", corpus.toUri() + "nothing-*.txt",
        "--output", tmp.resolve("none").toString())).isEqualTo(2);
  }

  /** Runs {@code read} in a session of its own, stopped after, so each job run opens its own. */
  private static <T> T withSpark(Function<SparkSession, T> read) {
    SparkSession spark = SparkSession.builder().master("local[2]").appName("dyad-inputs-test").config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
    try {
      return read.apply(spark);
    } finally {
      spark.stop();
    }
  }
}
