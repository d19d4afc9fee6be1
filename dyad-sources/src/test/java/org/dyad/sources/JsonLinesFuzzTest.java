package org.dyad.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.sources.Fixtures.READER;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.dyad.input.SourceDocument;
import org.dyad.model.Problem;
import org.junit.jupiter.api.Test;

/**
 * Seeded random JSON Lines (valid records cut, bytes flipped, fields of every type, raw bytes): the
 * reader never throws, gives one document per non-blank line, and a document it cannot use carries
 * one fatal problem that names its line.
 */
class JsonLinesFuzzTest {
  private static final String[] VALUES = {"\"Kenya and Ethiopia met on Monday.\"", "12345", "1.5", "true", "null", "[]",
      "{\"a\": 1}", "\"2024-03-03\"", "\"\\ud800\"", "\"\"", "\"<p>Troops withdrew.</p>\""};
  private static final String[] FIELDS = {"id", "title", "date", "url", "text", "html", "extra"};

  private static String record(Random r) {
    StringBuilder b = new StringBuilder("{");
    int fields = r.nextInt(5);
    for (int i = 0; i < fields; i++) {
      b.append(i == 0 ? "" : ", ").append('"').append(FIELDS[r.nextInt(FIELDS.length)]).append("\": ")
          .append(VALUES[r.nextInt(VALUES.length)]);
    }
    return b.append('}').toString();
  }

  /** A line's bytes: a record as it is, cut short, with garbage after it, or with random bytes in it. */
  private static byte[] line(Random r) {
    byte[] bytes = record(r).getBytes(StandardCharsets.UTF_8);
    switch (r.nextInt(5)) {
      case 0 -> bytes = java.util.Arrays.copyOf(bytes, r.nextInt(bytes.length + 1));
      case 1 -> bytes = (new String(bytes, StandardCharsets.UTF_8) + " x").getBytes(StandardCharsets.UTF_8);
      case 2 -> {
        for (int i = 0; i < 3 && bytes.length > 0; i++) {
          bytes[r.nextInt(bytes.length)] = (byte) r.nextInt(256);
        }
      }
      default -> { }
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        bytes[i] = ' ';
      }
    }
    return bytes;
  }

  @Test
  void randomLinesNeverThrowAndEachFailedLineSaysWhichLine() throws Exception {
    Random r = new Random(15);
    for (int round = 0; round < 40; round++) {
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      int lines = 50;
      for (int i = 0; i < lines; i++) {
        byte[] l = line(r);
        all.write(l.length == 0 || new String(l, StandardCharsets.ISO_8859_1).isBlank() ? "{}".getBytes(StandardCharsets.UTF_8) : l);
        all.write('\n');
      }
      try (ArticleSource source = Sources.jsonLines(new ByteArrayInputStream(all.toByteArray()), "fuzz", READER)) {
        List<SourceDocument> docs = Fixtures.items(source).stream().map(i -> i.document().get()).toList();
        assertThat(docs).hasSize(lines);
        for (int i = 0; i < docs.size(); i++) {
          SourceDocument d = docs.get(i);
          List<Problem> fatal = d.problems().stream().filter(p -> p.kind().fatal()).toList();
          assertThat(fatal.size()).as(d.toString()).isLessThanOrEqualTo(1);
          if (!fatal.isEmpty() && fatal.get(0).kind() == Problem.Kind.MALFORMED) {
            assertThat(fatal.get(0).message()).startsWith("line " + (i + 1));
          }
        }
      }
    }
  }
}
