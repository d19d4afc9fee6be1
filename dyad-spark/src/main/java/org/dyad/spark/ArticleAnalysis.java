package org.dyad.spark;

import java.io.Serializable;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.dyad.input.ArticleReader;
import org.dyad.input.ReaderLimits;
import org.dyad.input.SourceDocument;
import org.dyad.model.Analysis;
import org.dyad.sources.SourceItem;
import org.dyad.store.Store;

/**
 * An executor's work on one article: decoded, analysed by the JVM's {@link ExecutorAnalyzer}, turned
 * into a row of {@link Schemas#ANALYSED}, or the reason it has none. With {@code db} set, each analysed
 * article is also saved to that store ({@link Store#save} is idempotent, so a retried task stores
 * nothing twice).
 */
final class ArticleAnalysis implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int maxBytes;
  private final String db;
  private final ActorFiles actors;

  ArticleAnalysis(int maxBytes, String db, ActorFiles actors) {
    this.maxBytes = maxBytes;
    this.db = db;
    this.actors = actors;
  }

  ArticleReader reader() {
    return new ArticleReader(new ReaderLimits(maxBytes));
  }

  Row analyse(ArticleRows.Place at, SourceItem item) {
    SourceDocument doc = item.document().get();
    if (doc.fatal()) {
      return ArticleRows.failed(at, doc, doc.fatalProblem().orElseThrow().message());
    }
    try {
      Analysis a = ExecutorAnalyzer.get(actors).analyze(doc);
      if (a.article().fatal()) {
        String why = a.article().problems().stream().filter(p -> p.kind().fatal()).findFirst()
            .map(p -> p.message()).orElse("not analysed");
        return ArticleRows.failed(at, a.article(), why);
      }
      if (db != null) {
        ExecutorStore.get(db).save(a);
      }
      return ArticleRows.analysed(at, a);
    } catch (RuntimeException e) {
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return ArticleRows.failed(at, doc, why.toLowerCase(Locale.ROOT).startsWith("cannot") ? why : "analysis failed: " + why);
    }
  }
}
