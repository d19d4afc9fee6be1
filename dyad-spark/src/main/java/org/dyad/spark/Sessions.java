package org.dyad.spark;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The job's {@link SparkSession} for any master. Outside spark-submit the executors of a cluster
 * know nothing of dyad, so the job jar is added to {@code spark.jars} (Spark then serves it to every
 * executor); without it the first task fails to deserialize dyad's lambdas. Executors also get the
 * stack and heap CoreNLP needs unless the user (or spark-submit) set them.
 */
final class Sessions {
  /** CoreNLP's parser recurses deeply, and an executor holds the models (about 1.5 GB) beside Spark's memory. */
  static final Map<String, String> EXECUTOR_DEFAULTS = Map.of(
      "spark.executor.extraJavaOptions", "-Xss4m", "spark.executor.memory", "3g");

  private Sessions() {}

  /** What the command line says about the session: master (null: spark-submit's), job jar (null: none to add), --conf pairs. */
  record Launch(String master, String jobJar, Map<String, String> conf) {
    Launch {
      conf = Map.copyOf(conf);
    }
  }

  static SparkSession open(Launch launch) {
    SparkConf submitted = new SparkConf(); // spark.* system properties, as spark-submit passes them
    Map<String, String> settings = new LinkedHashMap<>();
    EXECUTOR_DEFAULTS.forEach((k, v) -> {
      if (!submitted.contains(k) && !launch.conf().containsKey(k)) {
        settings.put(k, v);
      }
    });
    boolean local = launch.master() != null && launch.master().startsWith("local");
    if (local) {
      // One JVM on this machine: no web UI, few shuffle partitions, the loopback address only.
      settings.putAll(Map.of("spark.ui.enabled", "false", "spark.sql.shuffle.partitions", "8",
          "spark.driver.host", "127.0.0.1", "spark.driver.bindAddress", "127.0.0.1"));
    }
    settings.putAll(launch.conf());
    if (launch.jobJar() != null && !local) { // local executors share the driver's classpath
      String jars = settings.getOrDefault("spark.jars", submitted.get("spark.jars", ""));
      settings.put("spark.jars", jars.isEmpty() ? launch.jobJar() : jars + "," + launch.jobJar());
    }
    SparkSession.Builder builder = SparkSession.builder().appName("dyad");
    if (launch.master() != null) {
      builder.master(launch.master());
    }
    settings.forEach(builder::config);
    return builder.getOrCreate();
  }
}
