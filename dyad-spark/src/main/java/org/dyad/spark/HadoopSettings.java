package org.dyad.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import scala.Tuple2;

/**
 * The {@code spark.hadoop.*} settings of the job (credentials, endpoints, split sizes), carried to
 * the executors, which build their Hadoop {@link Configuration} from them: a Configuration is not
 * serializable, and a fresh one would miss what the user passed with {@code --conf}.
 */
record HadoopSettings(Map<String, String> values) implements Serializable {
  private static final String PREFIX = "spark.hadoop.";

  HadoopSettings {
    values = Map.copyOf(values);
  }

  static HadoopSettings of(SparkConf conf) {
    Map<String, String> values = new HashMap<>();
    for (Tuple2<String, String> kv : conf.getAllWithPrefix(PREFIX)) {
      values.put(kv._1(), kv._2());
    }
    return new HadoopSettings(values);
  }

  Configuration configuration() {
    Configuration conf = new Configuration();
    values.forEach(conf::set);
    return conf;
  }
}
