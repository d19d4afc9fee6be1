package org.dyad.spark;

import java.io.Serializable;
import java.net.URI;
import java.util.Locale;

/**
 * One input file as the driver lists it: its Hadoop URI ({@code file:/...}, {@code hdfs://...},
 * {@code s3a://...}), the name its articles' origins start with (a local file's path, else the URI),
 * and whether it was found by walking a directory (then dyad's directory rules decide whether it is
 * read at all) rather than named or matched by a glob.
 */
record InputFile(String uri, String name, boolean walked) implements Serializable {
  InputFile {
    if (uri == null || name == null || name.isBlank()) {
      throw new IllegalArgumentException("an input file needs a URI and a name, got " + uri + ", " + name);
    }
  }

  /** On the file system every JVM of the job sees the same way, so read in place. */
  boolean local() {
    return "file".equals(URI.create(uri).getScheme());
  }

  /** JSON Lines, read by Hadoop's line splits so that one large file spreads over many tasks. */
  boolean jsonLines() {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".jsonl") || lower.endsWith(".ndjson");
  }
}
