package org.dyad.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.dyad.input.ArticleReader;
import org.dyad.sources.SourceItem;
import scala.Tuple2;

/**
 * The executors' work on whole files: each input file of a partition (index, file) is opened with
 * {@link FileArticles} and each of its articles analysed ({@link ArticleAnalysis}), one
 * {@link Schemas#ANALYSED} row per article, lazily, so a partition's memory holds one article at a time.
 */
final class AnalyseFiles implements FlatMapFunction<Iterator<Tuple2<Integer, InputFile>>, Row> {
  private static final long serialVersionUID = 1L;

  private final ArticleAnalysis analysis;
  private final HadoopSettings hadoop;

  AnalyseFiles(ArticleAnalysis analysis, HadoopSettings hadoop) {
    this.analysis = analysis;
    this.hadoop = hadoop;
  }

  @Override
  public Iterator<Row> call(Iterator<Tuple2<Integer, InputFile>> files) {
    ArticleReader reader = analysis.reader();
    Configuration conf = hadoop.configuration();
    return new Iterator<>() {
      private FileArticles source;
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
          Tuple2<Integer, InputFile> file = files.next();
          fileIndex = file._1();
          itemIndex = 0;
          source = FileArticles.open(file._2(), reader, conf);
          items = source.items();
        }
        return true;
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        SourceItem item = items.next();
        return analysis.analyse(new ArticleRows.Place(item.origin(), fileIndex, itemIndex++), item);
      }
    };
  }

  /** The (index in the input order, file) pairs of the files read whole, for {@code parallelize}. */
  static List<Tuple2<Integer, InputFile>> indexed(List<InputFile> files) {
    List<Tuple2<Integer, InputFile>> out = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      if (!files.get(i).jsonLines()) {
        out.add(new Tuple2<>(i, files.get(i)));
      }
    }
    return out;
  }
}
