package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Input dyad cannot analyse is a failure (exit 1) reported in one line, {@code dyad: <id>: <reason>},
 * never a stack trace; with --verbose too, since bad input is no bug.
 */
class AnalyzeBadInputTest {
  private static final byte[] PNG_HEADER = {
      (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0};

  @TempDir Path dir;

  /** A file name, its bytes, extra options, and a word of the expected reason. */
  static Stream<Arguments> badInputs() {
    return Stream.of(
        Arguments.of("empty.txt", new byte[0], List.of(), "empty"),
        Arguments.of("blank.txt", utf8(" \n\t\n  \u00a0\n"), List.of(), "only whitespace"),
        Arguments.of("image.png", PNG_HEADER, List.of(), "PNG image"),
        Arguments.of("latin1.txt", latin1("Le pr\u00e9sident s'est exprim\u00e9 \u00e0 Paris."), List.of(), "invalid UTF-8"),
        Arguments.of("long.txt", utf8(Articles.WIRE), List.of("--max-bytes", "100"), "over the limit of 100 bytes"),
        Arguments.of("french.txt", utf8(Articles.FRENCH), List.of(), "common English words"),
        Arguments.of("russian.txt", utf8(Articles.RUSSIAN), List.of(), "Cyrillic"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void badInputFailsWithOneLineNamingTheFile(String name, byte[] bytes, List<String> options, String reason) {
    Path file = Articles.write(dir, name, bytes);
    String id = name.substring(0, name.lastIndexOf('.'));

    Cli.Result r = Cli.run(args(options, file));

    assertThat(r.status()).as(r.toString()).isEqualTo(1);
    assertThat(r.errLines()).as(r.toString()).singleElement().asString()
        .startsWith("dyad: " + id + ": ").contains(reason);
    assertNoStackTrace(r);
    assertThat(r.out()).as("a text report of an unreadable article is not printed").isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void badInputWithVerboseStillFailsCleanly(String name, byte[] bytes, List<String> options, String reason) {
    Path file = Articles.write(dir, name, bytes);
    List<String> verbose = new ArrayList<>(options);
    verbose.add("--verbose");

    Cli.Result r = Cli.run(args(verbose, file));

    assertThat(r.status()).as(r.toString()).isEqualTo(1);
    assertThat(r.errLines()).as(r.toString()).singleElement().asString().contains(reason);
    assertNoStackTrace(r);
  }

  @Test
  void badInputAsJsonStillPrintsItsDocumentWithTheProblem() {
    Path file = Articles.write(dir, "image.png", PNG_HEADER);

    Cli.Result r = Cli.run("analyze", "--format", "json", file.toString());

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.errLines()).singleElement().asString().startsWith("dyad: image: binary content");
    JsonNode doc = r.jsonLines().get(0);
    assertThat(doc.get("article").get("id").asText()).isEqualTo("image");
    assertThat(doc.get("article").get("language").isNull()).isTrue();
    assertThat(doc.get("article").get("problems").get(0).get("kind").asText()).isEqualTo("binary");
    assertThat(doc.get("actors")).isEmpty();
  }

  @Test
  void oneBadFileAmongGoodOnesFailsTheRunButTheGoodOnesAreAnalysed() {
    Path good = Articles.write(dir, "good.txt", Articles.WIRE);
    Path empty = Articles.write(dir, "empty.txt", new byte[0]);

    Cli.Result r = Cli.run("analyze", "--format", "json", good.toString(), empty.toString());

    assertThat(r.status()).as(r.toString()).isEqualTo(1);
    assertThat(r.jsonLines()).extracting(d -> d.get("article").get("id").asText()).containsExactly("good", "empty");
    assertThat(r.errLines()).hasSize(2);
    assertThat(r.errLines().get(0)).isEqualTo("dyad: empty: article is empty (0 bytes)");
    assertThat(r.errLines().get(1)).startsWith("dyad: 2 article(s) analysed, 1 failed");
    assertNoStackTrace(r);
  }

  private static String[] args(List<String> options, Path file) {
    List<String> args = new ArrayList<>(List.of("analyze"));
    args.addAll(options);
    args.add(file.toString());
    return args.toArray(String[]::new);
  }

  private static void assertNoStackTrace(Cli.Result r) {
    assertThat(r.err()).as(r.toString()).doesNotContain("\tat ").doesNotContain("Exception");
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] latin1(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }
}
