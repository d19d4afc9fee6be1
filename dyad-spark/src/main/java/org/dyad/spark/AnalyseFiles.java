package org.dyad.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.dyad.input.ArticleReader;
import org.dyad.input.ReaderLimits;
import org.dyad.input.SourceDocument;
import org.dyad.model.Analysis;
import org.dyad.pipeline.Analyzer;
import org.dyad.sources.ArticleSource;
import org.dyad.sources.SourceItem;
import org.dyad.sources.Sources;
import org.dyad.store.Store;
import scala.Tuple2;

/**
 * The executors' work: each input file of a partition (index, path) is read with dyad-sources and
 * each of its articles analysed by the JVM's {@link ExecutorAnalyzer}, one {@link Schemas#ANALYSED}
 * row per article, lazily, so a partition's memory holds one article at a time. With {@code db}
 * set, each analysed article is also saved to that store ({@link Store#save} is idempotent, so a
 * retried task stores nothing twice).
 */
final class AnalyseFiles implements FlatMapFunction<Iterator<Tuple2<Integer, String>>, Row> {
  private static final long serialVersionUID = 1L;

  private final int maxBytes;
  private final String db;

  AnalyseFiles(int maxBytes, String db) {
    this.maxBytes = maxBytes;
    this.db = db;
  }

  @Override
  public Iterator<Row> call(Iterator<Tuple2<Integer, String>> files) {
    ArticleReader reader = new ArticleReader(new ReaderLimits(maxBytes));
    return new Iterator<>() {
      private ArticleSource source;
      private Iterator<SourceItem> items;
      private int fileIndex;
      private int itemIndex;

      @Override
      public boolean hasNext() {
        while (items == null || !items.hasNext()) {
          if (source != null) {
            source.close();
            source = null;
          }
          if (!files.hasNext()) {
            return false;
          }
          Tuple2<Integer, String> file = files.next();
          fileIndex = file._1();
          itemIndex = 0;
          source = Sources.open(Path.of(file._2()), reader);
          items = source.iterator();
        }
        return true;
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        SourceItem item = items.next();
        return analyse(new ArticleRows.Place(item.origin(), fileIndex, itemIndex++), item);
      }
    };
  }

  private Row analyse(ArticleRows.Place at, SourceItem item) {
    SourceDocument doc = item.document().get();
    if (doc.fatal()) {
      return ArticleRows.failed(at, doc, doc.fatalProblem().orElseThrow().message());
    }
    try {
      Analyzer analyzer = ExecutorAnalyzer.get();
      Analysis a = analyzer.analyze(doc);
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

  /** The (index, path) pairs of the input files, for {@code parallelize}. */
  static List<Tuple2<Integer, String>> indexed(List<Path> files) {
    List<Tuple2<Integer, String>> out = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      out.add(new Tuple2<>(i, files.get(i).toAbsolutePath().toString()));
    }
    return out;
  }
}
