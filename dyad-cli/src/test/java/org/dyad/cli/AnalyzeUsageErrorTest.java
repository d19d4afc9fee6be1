package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A mistake in how dyad is called exits with status 2 and one line saying what was wrong. */
class AnalyzeUsageErrorTest {
  /** Stands for the path of a good article file in the arguments below. */
  private static final String GOOD = "{good}";

  @TempDir Path dir;

  /** A description, the arguments, and what the message must mention. */
  static Stream<Arguments> usageErrors() {
    return Stream.of(
        Arguments.of("no FILE", new String[] {"analyze"}, "needs a FILE"),
        Arguments.of("FILE and --jsonl", new String[] {"analyze", "--jsonl", GOOD, GOOD}, "not both"),
        Arguments.of("nonexistent FILE", new String[] {"analyze", "{dir}/missing.txt"}, "missing.txt: no such file"),
        Arguments.of("nonexistent --jsonl", new String[] {"analyze", "--jsonl", "{dir}/missing.jsonl"}, "missing.jsonl: no such file"),
        Arguments.of("unreadable --jsonl", new String[] {"analyze", "--jsonl", "{dir}"}, ": cannot read: Is a directory"),
        Arguments.of("impossible date", new String[] {"analyze", "--date", "2024-13-45", GOOD}, "--date must be YYYY-MM-DD, got '2024-13-45'"),
        Arguments.of("no threads", new String[] {"analyze", "--threads", "0", GOOD}, "--threads must be >= 1, got 0"),
        Arguments.of("no bytes", new String[] {"analyze", "--max-bytes", "0", GOOD}, "--max-bytes must be >= 1, got 0"),
        Arguments.of("unknown option", new String[] {"analyze", "--frobnicate", GOOD}, "Unknown option: '--frobnicate'"),
        Arguments.of("misspelt option", new String[] {"analyze", "--thread", "2", GOOD}, "did you mean --threads?"),
        Arguments.of("unknown format", new String[] {"analyze", "--format", "xml", GOOD}, "'xml'"),
        Arguments.of("non-numeric threads", new String[] {"analyze", "--threads", "many", GOOD}, "'many'"),
        Arguments.of("unknown command", new String[] {"analyse", GOOD}, "'analyse'"),
        Arguments.of("-o in a missing directory", new String[] {"analyze", "-o", "{dir}/no/out.jsonl", GOOD}, "no/out.jsonl: no such directory"),
        Arguments.of("-o is a directory", new String[] {"analyze", "-o", "{dir}", GOOD}, ": cannot write"),
        Arguments.of("missing --actors file", new String[] {"analyze", "--actors", "{dir}/mine.tsv", GOOD}, "mine.tsv: no such readable file"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("usageErrors")
  void usageErrorExitsWithTwoAndOneLine(String description, String[] args, String message) {
    Path good = Articles.write(dir, "good.txt", Articles.WIRE);
    String[] real = Arrays.stream(args)
        .map(a -> a.replace(GOOD, good.toString()).replace("{dir}", dir.toString()))
        .toArray(String[]::new);

    Cli.Result r = Cli.run(real);

    assertThat(r.status()).as(r.toString()).isEqualTo(2);
    assertThat(r.errLines()).as(r.toString()).singleElement().asString().startsWith("dyad: ").contains(message);
    assertThat(r.out()).as(r.toString()).isEmpty();
  }

  @Test
  void usageErrorLeavesAnExistingOutputFileUntouched() throws IOException {
    Path good = Articles.write(dir, "good.txt", Articles.WIRE);
    Path out = Articles.write(dir, "out.jsonl", "earlier results\n");

    Cli.Result r = Cli.run("analyze", "-o", out.toString(), good.toString(), dir.resolve("missing.txt").toString());

    assertThat(r.status()).as(r.toString()).isEqualTo(2);
    assertThat(Files.readString(out)).isEqualTo("earlier results\n");

    r = Cli.run("analyze", "-o", out.toString(), "--actors", dir.resolve("mine.tsv").toString(), good.toString());

    assertThat(r.status()).as(r.toString()).isEqualTo(2);
    assertThat(Files.readString(out)).isEqualTo("earlier results\n");

    r = Cli.run("analyze", "-o", out.toString(), "--jsonl", dir.toString());

    assertThat(r.status()).as(r.toString()).isEqualTo(2);
    assertThat(Files.readString(out)).isEqualTo("earlier results\n");
  }

  @Test
  void helpIsNoError() {
    Cli.Result r = Cli.run("analyze", "--help");

    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("Usage: dyad analyze", "--jsonl", "--max-bytes");
  }
}
