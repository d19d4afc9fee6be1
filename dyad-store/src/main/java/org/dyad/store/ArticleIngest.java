package org.dyad.store;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.dyad.input.SourceDocument;
import org.dyad.model.Analysis;
import org.dyad.model.Problem;
import org.dyad.pipeline.Analyzer;

/**
 * Stores an article once, for {@code dyad ingest} and {@code POST /articles} alike: an article already
 * stored (the same {@link Store#contentHash content hash}, or the same URL) is answered from the store
 * without analysing it again; any other is analysed and saved. So a rerun or a repeated post costs a
 * look-up. Thread-safe; the analyzer is asked for only when an article needs it, so a run that finds
 * everything stored loads no models.
 */
public final class ArticleIngest {
  private final Store store;
  private final Supplier<Analyzer> analyzer;

  public ArticleIngest(Store store, Supplier<Analyzer> analyzer) {
    if (store == null || analyzer == null) {
      throw new IllegalArgumentException("store and analyzer must not be null");
    }
    this.store = store;
    this.analyzer = analyzer;
  }

  /** Looks the article up, else analyses and saves it; a read article with a fatal problem is neither. */
  public Ingested ingest(SourceDocument doc) {
    Optional<Problem> unreadable = doc.fatalProblem();
    if (unreadable.isPresent()) {
      return new Ingested.NotAnalysed(unreadable.get());
    }
    String format = doc.format().name().toLowerCase(Locale.ROOT);
    Optional<Saved> known = store.known(Store.contentHash(format, doc.text()), doc.url());
    if (known.isPresent()) {
      return new Ingested.Stored(known.get(), List.of());
    }
    Analysis a = analyzer.get().analyze(doc);
    Optional<Problem> fatal = a.article().problems().stream().filter(p -> p.kind().fatal()).findFirst();
    if (fatal.isPresent()) {
      return new Ingested.NotAnalysed(fatal.get());
    }
    return new Ingested.Stored(store.save(a), a.article().problems());
  }
}
