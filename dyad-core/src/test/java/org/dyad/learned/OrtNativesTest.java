package org.dyad.learned;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrtNativesTest {

  /** Run in a child JVM: loads the model and embeds one sentence. */
  public static void main(String[] args) {
    float[] v = MiniLmEmbedder.shared().embed(List.of("Iran threatened to close the Strait of Hormuz.")).get(0);
    System.out.println(v.length + " " + System.getProperty(OrtNatives.PROPERTY));
  }

  @Test
  void aJvmThatLoadsTheModelLeavesNothingInTheTemporaryDirectoryAndReusesItsCache(@TempDir Path dir) throws Exception {
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    Path home = Files.createDirectories(dir.resolve("home"));

    String first = runChild(tmp, home);
    String second = runChild(tmp, home);

    assertThat(first).startsWith("384 " + home.resolve(".cache/dyad/onnxruntime"));
    assertThat(second).isEqualTo(first);
    try (Stream<Path> left = Files.list(tmp)) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("onnxruntime-java"));
    }
    Path cache = Path.of(first.substring(4).trim());
    try (Stream<Path> libs = Files.list(cache)) {
      assertThat(libs.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(System.mapLibraryName("onnxruntime"), System.mapLibraryName("onnxruntime4j_jni"));
    }
  }

  @Test
  void thePlatformIsNamedAsOnnxRuntimeNamesItsFolders() {
    assertThat(OrtNatives.platform()).matches("(linux|osx|win)-(x64|aarch64)");
  }

  private static String runChild(Path tmp, Path home) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), "-Xmx512m", "-Djava.io.tmpdir=" + tmp, "-Duser.home=" + home,
        "-cp", System.getProperty("java.class.path"), OrtNativesTest.class.getName())
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out.lines().reduce((a, b) -> b).orElse("");
  }
}
