package org.dyad.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.hadoop.conf.Configuration;

/**
 * The user's actor dictionaries ({@code --actors}, TSV as for {@code dyad analyze --actors}), read on
 * the driver through Hadoop's file systems and carried to the executors inside the job's closures,
 * so no executor needs the driver's files; each executor writes them to local files once and loads
 * its analyzer with them. Dictionaries are small (kilobytes to a few megabytes).
 */
final class ActorFiles implements Serializable {
  private static final long serialVersionUID = 1L;

  static final ActorFiles NONE = new ActorFiles(List.of(), List.of());

  private final List<String> names;
  private final List<byte[]> contents;
  /** Names the dictionaries by content: the executor's analyzer cache key. */
  private final String key;

  private ActorFiles(List<String> names, List<byte[]> contents) {
    this.names = List.copyOf(names);
    this.contents = List.copyOf(contents);
    this.key = digest(contents);
  }

  static ActorFiles read(List<String> uris, Configuration conf) {
    List<String> names = new ArrayList<>();
    List<byte[]> contents = new ArrayList<>();
    for (String uri : uris) {
      org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(uri);
      try (InputStream in = path.getFileSystem(conf).open(path)) {
        names.add(path.getName());
        contents.add(in.readAllBytes());
      } catch (IOException e) {
        throw new IllegalArgumentException("--actors " + uri + ": cannot be read: " + e.getMessage(), e);
      }
    }
    return new ActorFiles(names, contents);
  }

  String key() {
    return key;
  }

  /** The dictionaries as files of this JVM, for {@code Analyzer.standard}. */
  List<Path> localFiles() {
    if (names.isEmpty()) {
      return List.of();
    }
    try {
      Path dir = Files.createTempDirectory("dyad-actors");
      List<Path> files = new ArrayList<>();
      for (int i = 0; i < names.size(); i++) {
        files.add(Files.write(dir.resolve(i + "-" + names.get(i)), contents.get(i)));
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the actor dictionaries to a local file: " + e.getMessage(), e);
    }
  }

  private static String digest(List<byte[]> contents) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (byte[] c : contents) {
        sha.update(c);
        sha.update((byte) 0);
      }
      return contents.isEmpty() ? "" : HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}
