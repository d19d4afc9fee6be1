package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.store.Fixtures.STORY;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.dyad.input.ArticleReader;
import org.dyad.input.Metadata;
import org.dyad.input.SourceDocument;
import org.dyad.model.Problem;
import org.dyad.pipeline.Analyzer;
import org.dyad.pipeline.NamedStage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Already stored, else analyse and save" on a real H2 store. The analyzer runs one stage that counts
 * the articles it sees, so a test can tell an article answered from the store from one analysed anew.
 */
class ArticleIngestTest {
  private static final ArticleReader READER = new ArticleReader();

  @TempDir Path dir;

  private Store store;
  private final AtomicInteger analysed = new AtomicInteger();
  private final AtomicInteger analyzerAsked = new AtomicInteger();
  private ArticleIngest ingest;

  @BeforeEach
  void open() {
    store = Store.open(dir.resolve("db").toString());
    Analyzer counting = new Analyzer(List.of(new NamedStage("count", d -> {
      analysed.incrementAndGet();
      return d;
    })));
    ingest = new ArticleIngest(store, () -> {
      analyzerAsked.incrementAndGet();
      return counting;
    });
  }

  @AfterEach
  void close() {
    store.close();
  }

  private static SourceDocument text(String id, String text, String url) {
    return READER.fromText(text, new Metadata(id, "Title of " + id, null, url));
  }

  @Test
  void anArticleIsAnalysedAndStoredOnceAndThenAnsweredFromTheStore() {
    Ingested first = ingest.ingest(text("a", STORY, null));
    Ingested again = ingest.ingest(text("a", STORY, null));

    assertThat(first).isInstanceOfSatisfying(Ingested.Stored.class,
        s -> assertThat(s.saved().status()).isEqualTo(Saved.Status.NEW));
    assertThat(again).isInstanceOfSatisfying(Ingested.Stored.class, s -> {
      assertThat(s.saved().status()).isEqualTo(Saved.Status.KNOWN);
      assertThat(s.saved().articleId()).isEqualTo(((Ingested.Stored) first).saved().articleId());
      assertThat(s.problems()).as("not analysed again, so no problems of an analysis").isEmpty();
    });
    assertThat(analysed).hasValue(1);
    assertThat(store.counts().articles()).isEqualTo(1);
  }

  @Test
  void anotherTextAtAStoredUrlIsKnownWithoutAnalysis() {
    Ingested first = ingest.ingest(text("a", STORY, "https://news.example/a"));
    Ingested edited = ingest.ingest(text("a2", Fixtures.rewrite(STORY), "https://news.example/a"));

    assertThat(edited).isInstanceOfSatisfying(Ingested.Stored.class, s -> {
      assertThat(s.saved().status()).isEqualTo(Saved.Status.KNOWN);
      assertThat(s.saved().articleId()).isEqualTo(((Ingested.Stored) first).saved().articleId());
    });
    assertThat(analysed).hasValue(1);
  }

  @Test
  void theSameTextInAnotherFormatIsAnotherArticleAndItsAnalysisProblemsAreGiven() {
    ingest.ingest(text("plain", STORY, null));
    SourceDocument page = READER.fromHtml("<html><body><p>" + STORY + "</p></body></html>", new Metadata("page", null, null, null));

    Ingested html = ingest.ingest(page);

    assertThat(html).isInstanceOfSatisfying(Ingested.Stored.class, s -> {
      assertThat(s.saved().status()).isNotEqualTo(Saved.Status.KNOWN);
      assertThat(s.problems()).isEqualTo(page.problems());
    });
    assertThat(analysed).hasValue(2);
  }

  @Test
  void anArticleWithAFatalProblemIsNeitherAnalysedNorStoredAndNeedsNoAnalyzer() {
    SourceDocument empty = text("empty", "", null);

    Ingested result = ingest.ingest(empty);

    assertThat(result).isEqualTo(new Ingested.NotAnalysed(empty.fatalProblem().orElseThrow()));
    assertThat(((Ingested.NotAnalysed) result).problem().kind()).isEqualTo(Problem.Kind.EMPTY);
    assertThat(analyzerAsked).as("a run of bad inputs loads no models").hasValue(0);
    assertThat(store.counts().articles()).isZero();
  }

  @Test
  void aStoredArticleNeedsNoAnalyzerEither() {
    ingest.ingest(text("a", STORY, null));
    analyzerAsked.set(0);

    ingest.ingest(text("a", STORY, null));

    assertThat(analyzerAsked).as("a rerun that finds everything stored loads no models").hasValue(0);
  }
}
