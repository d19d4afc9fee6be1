package org.dyad.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The Spark application: {@code spark-submit --class org.dyad.spark.DyadJob dyad-spark-job.jar
 * --input PATH --output DIR}, or in one JVM with {@code ./dyad spark --master local[2] ...}. Lists
 * the input files on the driver, analyses them on the executors and writes the corpus as Parquet
 * ({@link CorpusJob}). Exit 0 on success (articles that could not be analysed are listed, not fatal),
 * 2 on a usage error, 1 on failure.
 */
@Command(name = "dyad spark", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Analyse a corpus on Apache Spark and write articles, actors, events, event mentions and quotes as Parquet.")
public final class DyadJob implements Callable<Integer> {
  @Option(names = "--master", description = "Spark master: local[N], spark://HOST:PORT, yarn, k8s://...; default: what spark-submit sets.")
  String master;

  @Option(names = "--job-jar", paramLabel = "JAR",
      description = "The jar executors load dyad from (dyad-spark-job.jar; ./dyad spark passes it). Not needed under spark-submit, which ships its application jar.")
  String jobJar;

  @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "A Spark setting, as spark-submit's --conf; repeatable.")
  Map<String, String> conf = new LinkedHashMap<>();

  @Option(names = "--input", required = true, paramLabel = "PATH",
      description = "Files (.txt, .html, feeds), directories, JSON Lines or WARC files: paths or URIs (file:, hdfs:, s3a:, ...), globs allowed; repeatable.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--actors", paramLabel = "FILE", description = "Extra actor dictionary (TSV, see docs/dictionaries.md), a path or URI; repeatable.")
  List<String> actorFiles = new ArrayList<>();

  @Option(names = "--output", required = true, paramLabel = "DIR", description = "Folder for the Parquet tables (replaced).")
  String output;

  @Option(names = "--db", paramLabel = "URL", description = "Also save every article into this store (jdbc:postgresql://...).")
  String db;

  @Option(names = "--partitions", description = "Partitions of the input files (default: the cluster's parallelism x 4, at most one per file).")
  int partitions;

  @Option(names = "--max-distance", defaultValue = "0.2",
      description = "Jaccard distance of word 5-shingles up to which two articles are one story (default: ${DEFAULT-VALUE}).")
  double maxDistance;

  @Option(names = "--hash-tables", defaultValue = "5", description = "MinHashLSH hash tables (default: ${DEFAULT-VALUE}).")
  int hashTables;

  @Option(names = "--same-event-days", defaultValue = "7",
      description = "How far apart two tellings may be when one is dated only by its article (default: ${DEFAULT-VALUE}).")
  int sameEventDays;

  @Option(names = "--max-bytes", defaultValue = "5242880", description = "Largest article accepted, in bytes (default: ${DEFAULT-VALUE}).")
  int maxBytes;

  @Option(names = "--verbose", description = "Print stack traces of failures.")
  boolean verbose;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the job with command-line arguments; returns the exit status. */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new DyadJob()).setOverwrittenOptionsAllowed(true); // the launcher's --job-jar, then the user's
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      boolean usage = e instanceof IllegalArgumentException;
      cmd.getErr().println("dyad spark: " + e.getMessage());
      if (((DyadJob) cmd.getCommand()).verbose) {
        e.printStackTrace(cmd.getErr());
      }
      return usage ? 2 : 1;
    });
    return cli.execute(args);
  }

  @Override
  public Integer call() {
    if (db != null && !db.startsWith("jdbc:")) {
      throw new IllegalArgumentException("--db must be a JDBC URL (jdbc:postgresql://... or jdbc:h2:...), got '" + db + "'");
    }
    // Inputs are listed before any cluster is asked for executors, so a wrong path is a usage error at once.
    SparkConf given = new SparkConf();
    conf.forEach(given::set);
    Configuration hadoop = HadoopSettings.of(given).configuration();
    InputListing.Listing listing = InputListing.of(inputs, hadoop);
    CorpusJob.Settings settings = new CorpusJob.Settings(partitions, maxBytes, db, maxDistance, hashTables, sameEventDays,
        ActorFiles.read(actorFiles, hadoop));
    SparkSession spark = Sessions.open(new Sessions.Launch(master, jobJar, conf));
    try {
      CorpusJob.Summary summary = new CorpusJob(spark, settings).run(listing.files(), output);
      System.out.println(summary);
      listing.skipped().forEach(s -> System.out.println("skipped: " + s.origin() + ": " + s.reason()));
      return 0; // articles that failed are listed in the articles table; they do not fail the job
    } finally {
      ExecutorStore.closeAll();
      spark.stop();
    }
  }
}
