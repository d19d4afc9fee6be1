package org.dyad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dyad.json.AnalysisJson;

/**
 * Runs the dyad command line in this JVM, as {@code ./dyad} would, with standard input, output and
 * error swapped for buffers (and restored afterwards). Runs are serialised: the streams are global.
 */
final class Cli {
  private Cli() {}

  /** What one run did: its exit status and everything it printed. */
  record Result(int status, String out, String err) {
    List<String> outLines() {
      return out.lines().toList();
    }

    List<String> errLines() {
      return err.lines().toList();
    }

    /** Each line of stdout parsed as one JSON document (JSON Lines). */
    List<JsonNode> jsonLines() {
      return outLines().stream().map(Cli::json).toList();
    }

    @Override
    public String toString() {
      return "exit " + status + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  static Result run(String... args) {
    return runWithStdin(new byte[0], args);
  }

  static synchronized Result runWithStdin(byte[] stdin, String... args) {
    InputStream in = System.in;
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    try {
      System.setIn(new ByteArrayInputStream(stdin));
      System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
      int status = Main.run(args);
      System.out.flush();
      System.err.flush();
      return new Result(status, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
    } finally {
      System.setIn(in);
      System.setOut(out);
      System.setErr(err);
    }
  }

  static JsonNode json(String line) {
    try {
      return AnalysisJson.mapper().readTree(line);
    } catch (JsonProcessingException e) {
      throw new AssertionError("not JSON: " + line, e);
    }
  }
}
