package org.dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dyad.input.ArticleReader;
import org.dyad.sources.ArticleSource;
import org.dyad.sources.SourceItem;
import org.dyad.sources.Sources;
import org.dyad.store.ArticleIngest;
import org.dyad.store.ArticleSummary;
import org.dyad.store.EventQuery;
import org.dyad.store.Store;
import org.dyad.store.StoredEvent;
import org.dyad.store.export.Exporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job end to end in local[2] on a small corpus (src/test/resources/.../corpus: six text files,
 * one a light rewrite of another, and a JSON Lines file of two wire articles with URLs), run once
 * through {@link DyadJob#run} with {@code --db} an H2 file; its Parquet tables are then read back and
 * checked, against the store too, and the store the executors saved into is queried.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DyadJobTest {
  private Path tmp;
  private Path corpus;
  private Path output;
  private String jobStore;
  private SparkSession spark;
  private boolean storeBuilt;

  @BeforeAll
  void runJob(@TempDir Path dir) throws URISyntaxException {
    tmp = dir;
    corpus = Path.of(DyadJobTest.class.getResource("corpus").toURI());
    output = tmp.resolve("out");
    jobStore = "jdbc:h2:file:" + tmp.resolve("job-db").resolve("dyad");
    int status = DyadJob.run("--master", "local[2]", "--input", corpus.toString(), "--output", output.toString(),
        "--db", jobStore);
    assertThat(status).isZero();
    spark = SparkSession.builder().master("local[1]").appName("dyad-test")
        .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
  }

  @AfterAll
  void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  private Dataset<Row> table(String name) {
    return spark.read().parquet(output.resolve(name).toString());
  }

  private String articleId(String file) {
    return corpus.resolve(file).toString();
  }

  @Test
  void writesEveryTableOfTheCorpus() {
    assertThat(table("articles").count()).isEqualTo(8);
    assertThat(table("articles").filter(col("status").equalTo("failed")).count()).isZero();
    assertThat(table("articles").filter(col("article_id").equalTo(articleId("07-wires.jsonl") + ":2"))
        .select("publisher").first().getString(0)).isEqualTo("news.example.com");
    Dataset<Row> events = table("events");
    assertThat(events.count()).isGreaterThan(5);
    long mentions = events.agg(org.apache.spark.sql.functions.sum("num_mentions")).first().getLong(0);
    assertThat(table("event_mentions").count()).isEqualTo(mentions);
    assertThat(events.select("month").distinct().collectAsList()).extracting(r -> r.getString(0)).contains("2024-10");
    assertThat(table("actors").select("id").collectAsList()).extracting(r -> r.getString(0)).contains("hamas");
    assertThat(table("quotes").select("text").collectAsList()).extracting(r -> r.getString(0))
        .contains("We will not abandon our brothers in Syrian prisons,");
  }

  @Test
  void nearCopySharesTheStoryOfItsOriginal() {
    Map<String, Row> byId = new HashMap<>();
    table("articles").collectAsList().forEach(r -> byId.put(r.getAs("article_id"), r));
    Row copy = byId.get(articleId("02-damascus-arrests-copy.txt"));
    assertThat(copy.<String>getAs("status")).isEqualTo("near_duplicate");
    assertThat(copy.<String>getAs("story_id")).isEqualTo(articleId("01-damascus-arrests.txt"));
    assertThat(copy.<Double>getAs("similarity")).isGreaterThan(0.8);
    assertThat(table("articles").select("story_id").distinct().count()).isEqualTo(7);
  }

  /** The same articles saved one after the other into the store (H2) give the same events and counts. */
  @Test
  void eventsEqualTheStoresEventsOnTheSameCorpus() {
    Set<List<Object>> fromStore;
    try (Store store = corpusStore()) {
      fromStore = EventKeys.ofStore(store);
    }
    Set<List<Object>> fromSpark = EventKeys.ofTable(table("events"));
    assertThat(fromSpark).isEqualTo(fromStore);
    assertThat(fromSpark).anyMatch(k -> (Integer) k.get(4) >= 2);
    assertThat(table("events").count()).isEqualTo(fromStore.size());
  }

  /** GDELT's two tables and PLOVER come from dyad export's exporters: the same lines as from the store, but for ingest times. */
  @Test
  void exchangeFormatsEqualWhatDyadExportWritesFromTheStore() throws IOException {
    for (String format : List.of("gdelt", "gdelt-mentions", "plover")) {
      List<String> exported = new ArrayList<>();
      try (Store store = corpusStore()) {
        for (StoredEvent e : store.events(EventQuery.all())) {
          StringWriter out = new StringWriter();
          Exporter.of(format).write(e, out);
          out.toString().lines().map(EventKeys::withoutTimes).forEach(exported::add);
        }
      }
      String folder = format.equals("gdelt") ? "gdelt-events" : format;
      List<String> written = spark.read().text(output.resolve(folder).toString()).as(Encoders.STRING()).collectAsList()
          .stream().map(EventKeys::withoutTimes).toList();
      assertThat(written).as(format).isNotEmpty().containsExactlyInAnyOrderElementsOf(exported);
    }
  }

  /** The store of the corpus's articles, saved one after the other as {@code dyad ingest} saves them; built once. */
  private Store corpusStore() {
    Path db = tmp.resolve("db");
    if (storeBuilt) {
      return Store.open(db.toString());
    }
    Store store = Store.open(db.toString());
    try (ArticleSource source = Sources.open(corpus, new ArticleReader())) {
      ArticleIngest ingest = new ArticleIngest(store, ExecutorAnalyzer::get);
      for (SourceItem item : source) {
        ingest.ingest(item.document().get());
      }
    }
    storeBuilt = true;
    return store;
  }

  /** {@code --db}: the executors saved every analysed article, and the store answers queries on their events. */
  @Test
  void withDbEveryArticleIsAlsoInTheStoreAndItsEventsCanBeQueried() {
    // The store names an article by dyad's article id, the Parquet table's "name" column.
    List<String> analysed = table("articles").select("name").as(Encoders.STRING()).collectAsList();
    // The job closed its stores when it ended (ExecutorStore.closeAll), so this JVM opens the H2 file anew.
    try (Store store = Store.open(jobStore)) {
      assertThat(store.articles(0, 0)).extracting(ArticleSummary::name).containsExactlyInAnyOrderElementsOf(analysed);
      assertThat(store.counts().stories()).isEqualTo(7);
      List<StoredEvent> hamas = store.events(EventQuery.all().withActor("hamas"));
      assertThat(hamas).isNotEmpty().allSatisfy(e -> assertThat(
          List.of(key(e.event().source()), key(e.event().target()))).contains("hamas"));
      assertThat(hamas.stream().flatMap(e -> e.articles().stream()).map(StoredEvent.ArticleRef::name)).isSubsetOf(analysed);
      // The near-copy's events are the original's: stored once, with both articles.
      assertThat(store.events(EventQuery.all())).anyMatch(e -> e.numArticles() >= 2);
    }
  }

  @Test
  void missingInputIsAUsageError() {
    assertThat(DyadJob.run("--input", tmp.resolve("nothing-here").toString(), "--output", tmp.resolve("x").toString()))
        .isEqualTo(2);
  }

  private static String key(org.dyad.model.ActorRef ref) {
    return ref == null ? "null" : ref.id();
  }
}
