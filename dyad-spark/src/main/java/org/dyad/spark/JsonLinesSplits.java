package org.dyad.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import scala.Tuple3;

/**
 * The JSON Lines files of the input, read with Hadoop's {@link TextInputFormat}, so a large file is
 * cut into splits of the file system's block size (or {@code spark.hadoop.mapreduce.input.
 * fileinputformat.split.maxsize}) at line ends and read by many tasks. A first pass counts each
 * split's lines, so each split knows the number of its first line in the file.
 */
final class JsonLinesSplits {
  private JsonLinesSplits() {}

  /** The analysed rows of the JSON Lines files among {@code files} (indexed by their place in the list), or null if there are none. */
  static JavaRDD<Row> analyse(JavaSparkContext jsc, List<InputFile> files, ArticleAnalysis analysis) {
    Configuration conf = jsc.hadoopConfiguration();
    Map<String, Integer> index = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    List<Path> paths = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      if (files.get(i).jsonLines()) {
        Path p = qualified(new Path(files.get(i).uri()), conf);
        index.put(p.toString(), i);
        names.put(p.toString(), files.get(i).name());
        paths.add(p);
      }
    }
    if (paths.isEmpty()) {
      return null;
    }
    JavaNewHadoopRDD<LongWritable, Text> lines = lines(jsc, paths);
    AnalyseLines.Splits splits = new AnalyseLines.Splits(index, names, firstLines(lines));
    return lines.mapPartitionsWithInputSplit(new AnalyseLines(analysis, splits), false);
  }

  /** The lines of the files, one partition per split. */
  static JavaNewHadoopRDD<LongWritable, Text> lines(JavaSparkContext jsc, List<Path> paths) {
    try {
      Job job = Job.getInstance(jsc.hadoopConfiguration());
      FileInputFormat.setInputPaths(job, paths.toArray(Path[]::new));
      return (JavaNewHadoopRDD<LongWritable, Text>) jsc.newAPIHadoopRDD(job.getConfiguration(), TextInputFormat.class,
          LongWritable.class, Text.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot set up the JSON Lines input: " + e.getMessage(), e);
    }
  }

  /** The first line number (from 1) of each split, from the lines of the splits before it in its file. */
  private static Map<String, Long> firstLines(JavaNewHadoopRDD<LongWritable, Text> lines) {
    List<Tuple3<String, Long, Long>> counts = new ArrayList<>(lines.mapPartitionsWithInputSplit((split, it) -> {
      long n = 0;
      for (; it.hasNext(); it.next()) {
        n++;
      }
      FileSplit f = (FileSplit) split;
      return List.of(new Tuple3<>(f.getPath().toString(), f.getStart(), n)).iterator();
    }, false).collect());
    counts.sort(Comparator.comparing((Tuple3<String, Long, Long> t) -> t._1()).thenComparing(Tuple3::_2));
    Map<String, Long> first = new HashMap<>();
    Map<String, Long> next = new HashMap<>();
    for (Tuple3<String, Long, Long> c : counts) {
      long at = next.getOrDefault(c._1(), 1L);
      first.put(AnalyseLines.Splits.key(c._1(), c._2()), at);
      next.put(c._1(), at + c._3());
    }
    return first;
  }

  private static Path qualified(Path p, Configuration conf) {
    try {
      return p.getFileSystem(conf).makeQualified(p);
    } catch (IOException e) {
      throw new UncheckedIOException(p + ": cannot be reached: " + e.getMessage(), e);
    }
  }
}
