package org.dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dyad.input.ArticleReader;
import org.dyad.sources.ArticleSource;
import org.dyad.sources.SourceItem;
import org.dyad.sources.Sources;
import org.dyad.store.ArticleIngest;
import org.dyad.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on a real standalone cluster ({@link StandaloneCluster}: master, worker and executor in
 * their own JVMs on the loopback), submitted as {@code ./dyad spark --master spark://...} does
 * ({@link DyadJob#run} with the job jar) and as {@code spark-submit} does; both must give what
 * {@code local[2]} gives, and the events {@code dyad ingest} stores. Runs in Maven's
 * {@code integration-test} phase, after {@code package} has built {@code target/dyad-spark-job.jar}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterTest {
  private static final List<String> ARTICLES = List.of(
      "01-damascus-arrests.txt", "02-damascus-arrests-copy.txt", "07-wires.jsonl");
  private static final List<String> TABLES = List.of("articles", "events", "event_mentions", "actors", "quotes");
  private static final List<String> EXCHANGE_FORMATS = List.of("gdelt-events", "gdelt-mentions", "plover");
  /** An executor holds CoreNLP's models beside Spark's own memory. */
  private static final String EXECUTOR_MEMORY = "2g";
  /** As local mode has it: a few articles need no 200 shuffle tasks a stage (Spark's default outside local mode). */
  private static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions=8";

  private Path tmp;
  private Path corpus;
  private StandaloneCluster cluster;
  private SparkSession reader;
  private int withoutJar;

  @BeforeAll
  void runEverywhere(@TempDir Path dir) throws IOException, InterruptedException {
    tmp = dir;
    corpus = writeCorpus(dir.resolve("corpus"));
    assertThat(DyadJob.run(job("local[2]", "local"))).isZero();
    cluster = StandaloneCluster.start(dir.resolve("cluster"), Path.of(System.getProperty("dyad.classpath")),
        Path.of(System.getProperty("dyad.jvmOptions")), 2, EXECUTOR_MEMORY);
    withoutJar = DyadJob.run(job(cluster.masterUrl(), "no-jar", "--conf", "spark.task.maxFailures=1"));
    assertThat(DyadJob.run(job(cluster.masterUrl(), "dyad", "--job-jar", jobJar()))).isZero();
    List<String> submit = new ArrayList<>(List.of("--class", DyadJob.class.getName(),
        "--conf", "spark.executor.memory=" + EXECUTOR_MEMORY, "--conf", "spark.ui.enabled=false",
        "--conf", SHUFFLE_PARTITIONS, jobJar()));
    submit.addAll(List.of("--input", corpus.toString(), "--output", dir.resolve("submit").toString()));
    assertThat(cluster.submit(submit, Duration.ofMinutes(6))).as("spark-submit; see %s", dir.resolve("cluster")).isZero();
    cluster.close();
    reader = SparkSession.builder().master("local[1]").appName("dyad-cluster-test").config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
  }

  @AfterAll
  void stopEverything() {
    if (cluster != null) {
      cluster.close();
    }
    if (reader != null) {
      reader.stop();
    }
  }

  @Test
  void executorsWithoutTheJobJarCannotRunDyad() {
    assertThat(withoutJar).isEqualTo(1);
  }

  @Test
  void dyadSparkOnTheClusterWritesWhatLocalModeWrites() {
    for (String table : TABLES) {
      assertThat(rows("dyad", table)).as(table).isEqualTo(rows("local", table));
    }
    assertThat(rows("dyad", "events")).isNotEmpty();
    for (String format : EXCHANGE_FORMATS) {
      assertThat(lines("dyad", format)).as(format).isEqualTo(lines("local", format)).isNotEmpty();
    }
  }

  @Test
  void sparkSubmitOnTheClusterWritesWhatLocalModeWrites() {
    for (String table : TABLES) {
      assertThat(rows("submit", table)).as(table).isEqualTo(rows("local", table));
    }
    assertThat(rows("submit", "events")).isNotEmpty();
    for (String format : EXCHANGE_FORMATS) {
      assertThat(lines("submit", format)).as(format).isEqualTo(lines("local", format)).isNotEmpty();
    }
  }

  /** {@code dyad ingest} of the same files, one after the other, into an H2 store. */
  @Test
  void clusterEventsAreTheEventsTheStoreIngests() {
    Set<List<Object>> stored;
    try (Store store = Store.open(tmp.resolve("db").toString());
         ArticleSource source = Sources.open(corpus, new ArticleReader())) {
      ArticleIngest ingest = new ArticleIngest(store, ExecutorAnalyzer::get);
      for (SourceItem item : source) {
        ingest.ingest(item.document().get());
      }
      stored = EventKeys.ofStore(store);
    }
    assertThat(EventKeys.ofTable(reader.read().parquet(tmp.resolve("dyad/events").toString())))
        .isEqualTo(stored).anyMatch(k -> (Integer) k.get(4) >= 2);
  }

  private String[] job(String master, String output, String... more) {
    List<String> args = new ArrayList<>(List.of("--master", master, "--input", corpus.toString(),
        "--output", tmp.resolve(output).toString(), "--conf", "spark.executor.memory=" + EXECUTOR_MEMORY,
        "--conf", "spark.ui.enabled=false", "--conf", "spark.driver.host=127.0.0.1", "--conf", SHUFFLE_PARTITIONS));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  private static String jobJar() {
    return Path.of(System.getProperty("dyad.jobJar")).toAbsolutePath().toString();
  }

  /** A table's rows as sorted strings: the same rows whichever executor wrote them, in whatever order. */
  private List<String> rows(String output, String table) {
    return reader.read().parquet(tmp.resolve(output).resolve(table).toString()).collectAsList().stream()
        .map(Row::toString).sorted().toList();
  }

  /** An exchange format's lines, sorted, without the times of the run. */
  private List<String> lines(String output, String format) {
    return reader.read().text(tmp.resolve(output).resolve(format).toString()).as(org.apache.spark.sql.Encoders.STRING())
        .collectAsList().stream().map(EventKeys::withoutTimes).sorted().toList();
  }

  private static Path writeCorpus(Path dir) throws IOException {
    Files.createDirectories(dir);
    for (String name : ARTICLES) {
      try (var in = ClusterTest.class.getResourceAsStream("corpus/" + name)) {
        Files.write(dir.resolve(name), in.readAllBytes());
      }
    }
    return dir;
  }
}
