package org.dyad.spark;

import java.io.Serializable;
import java.util.Iterator;
import java.util.Map;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.sql.Row;
import org.dyad.sources.SourceItem;
import org.dyad.sources.Sources;
import scala.Tuple2;

/**
 * The executors' work on one split of a JSON Lines file: its lines go to dyad-sources' JSON Lines
 * reader ({@link Sources#jsonLines}, through a {@link LineStream}) as if they were a file, and each
 * article is analysed ({@link ArticleAnalysis}). The reader numbers lines from the split's start;
 * {@link Splits} knows the split's first line in the file, so origins ({@code file.jsonl:7}) and the
 * input order are those of the whole file.
 */
final class AnalyseLines implements Function2<InputSplit, Iterator<Tuple2<LongWritable, Text>>, Iterator<Row>> {
  private static final long serialVersionUID = 1L;

  /** Per file (its qualified Hadoop path): its index in the input order and its name; per split (path@start): its first line. */
  record Splits(Map<String, Integer> fileIndex, Map<String, String> names, Map<String, Long> firstLines)
      implements Serializable {
    static String key(FileSplit split) {
      return key(split.getPath().toString(), split.getStart());
    }

    static String key(String path, long start) {
      return path + "@" + start;
    }
  }

  private final ArticleAnalysis analysis;
  private final Splits splits;

  AnalyseLines(ArticleAnalysis analysis, Splits splits) {
    this.analysis = analysis;
    this.splits = splits;
  }

  @Override
  public Iterator<Row> call(InputSplit split, Iterator<Tuple2<LongWritable, Text>> lines) {
    FileSplit file = (FileSplit) split;
    String path = file.getPath().toString();
    String name = splits.names().get(path);
    int fileIndex = splits.fileIndex().get(path);
    long first = splits.firstLines().get(Splits.key(file));
    Iterator<SourceItem> items = Sources.jsonLines(new LineStream(lines), name, analysis.reader()).iterator();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return items.hasNext();
      }

      @Override
      public Row next() {
        SourceItem item = items.next();
        String origin = item.origin();
        long line = first + Long.parseLong(origin.substring(origin.lastIndexOf(':') + 1)) - 1;
        return analysis.analyse(new ArticleRows.Place(name + ":" + line, fileIndex, Math.toIntExact(line)),
            new SourceItem(name + ":" + line, item.document()));
      }
    };
  }
}
