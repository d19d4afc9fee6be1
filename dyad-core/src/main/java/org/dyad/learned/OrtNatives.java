package org.dyad.learned;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

/**
 * ONNX Runtime's native libraries, unpacked once into a cache directory of dyad's and named to ONNX
 * Runtime by its {@value #PROPERTY} property. Left to itself, ONNX Runtime unpacks them into a new
 * {@code /tmp/onnxruntime-java*} directory in every JVM and leaves that directory behind, empty (its
 * files are deleted on exit after the directory's own deletion has failed): one more per run.
 *
 * <p>The cache is {@code ~/.cache/dyad/onnxruntime/<commit>-<platform>}, or under the JVM's temporary
 * directory where the home is not writable; each library is written to a temporary name and moved
 * into place, so JVMs starting together never load a half-written file. A property already set, a
 * platform the jar has no libraries for, or any failure leaves ONNX Runtime to its own way.
 */
final class OrtNatives {
  static final String PROPERTY = "onnxruntime.native.path";
  private static final String ROOT = "/ai/onnxruntime/native/";

  private OrtNatives() {}

  /** Points ONNX Runtime at the cached libraries; returns the directory, or null when it did not. */
  static synchronized Path use() {
    if (System.getProperty(PROPERTY) != null) {
      return null;
    }
    String platform = platform();
    List<String> names = List.of(System.mapLibraryName("onnxruntime"), System.mapLibraryName("onnxruntime4j_jni"));
    if (platform == null || names.stream().anyMatch(n -> OrtNatives.class.getResource(ROOT + platform + "/" + n) == null)) {
      return null;
    }
    try {
      Path dir = base().resolve(commit() + "-" + platform);
      Files.createDirectories(dir);
      for (String name : names) {
        unpack(ROOT + platform + "/" + name, dir.resolve(name));
      }
      System.setProperty(PROPERTY, dir.toString());
      return dir;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static void unpack(String resource, Path target) throws IOException {
    java.net.URL url = OrtNatives.class.getResource(resource);
    long expected = url.openConnection().getContentLengthLong();
    if (Files.isRegularFile(target) && Files.size(target) == expected) {
      return;
    }
    Path part = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
    try (InputStream in = url.openStream()) {
      Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
      try {
        Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(part);
    }
  }

  /** The cache's parent: ~/.cache/dyad/onnxruntime, else under java.io.tmpdir. */
  private static Path base() {
    Path home = Path.of(System.getProperty("user.home", "."));
    if (Files.isWritable(home)) {
      return home.resolve(".cache").resolve("dyad").resolve("onnxruntime");
    }
    return Path.of(System.getProperty("java.io.tmpdir"), "dyad-onnxruntime-" + System.getProperty("user.name", "user"));
  }

  /** The build of ONNX Runtime the jar holds (its GIT_COMMIT_ID), so that an upgrade unpacks anew. */
  private static String commit() throws IOException {
    try (InputStream in = OrtNatives.class.getResourceAsStream("/GIT_COMMIT_ID")) {
      String id = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim();
      return id.matches("[0-9a-fA-F]{7,40}") ? id.substring(0, Math.min(12, id.length())) : "unknown";
    }
  }

  /** ONNX Runtime's own names for the platforms it ships (linux-x64, osx-aarch64, win-x64 ...). */
  static String platform() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    String o = os.contains("linux") ? "linux" : os.contains("mac") || os.contains("darwin") ? "osx" : os.contains("win") ? "win" : null;
    String a = arch.equals("amd64") || arch.equals("x86_64") ? "x64" : arch.equals("aarch64") || arch.equals("arm64") ? "aarch64" : null;
    return o == null || a == null ? null : o + "-" + a;
  }
}
