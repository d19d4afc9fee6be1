package org.dyad.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.sources.Fixtures.BORDER;
import static org.dyad.sources.Fixtures.FLOOD;
import static org.dyad.sources.Fixtures.PORT;
import static org.dyad.sources.Fixtures.READER;
import static org.dyad.sources.Fixtures.page;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.dyad.input.ContentHash;
import org.dyad.input.SourceDocument;
import org.dyad.json.AnalysisJson;
import org.dyad.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesSourceTest {
  @TempDir
  Path tmp;

  private static String json(Object... keysAndValues) throws IOException {
    var node = AnalysisJson.mapper().createObjectNode();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      node.put((String) keysAndValues[i], (String) keysAndValues[i + 1]);
    }
    return AnalysisJson.mapper().writeValueAsString(node);
  }

  private Path articles() throws IOException {
    String lines = String.join("\n",
        json("id", "port-1", "title", "Dock strike", "date", "2024-02-12", "url", "https://example.org/port", "text", PORT),
        "",
        "{\"title\": \"broken",
        json("title", "Floods", "html", page("Floods in the south", null, FLOOD)),
        json("title", "No content"),
        json("text", BORDER, "date", "12 March 2024")) + "\r\n";
    return Files.writeString(tmp.resolve("articles.jsonl"), lines);
  }

  @Test
  void eachLineIsAnArticleAndBadLinesAreMalformed() throws IOException {
    Path file = articles();
    try (ArticleSource source = Sources.open(file, READER)) {
      List<SourceItem> items = Fixtures.items(source);
      assertThat(items).extracting(SourceItem::origin)
          .containsExactly(file + ":1", file + ":3", file + ":4", file + ":5", file + ":6");
      List<SourceDocument> docs = items.stream().map(i -> i.document().get()).toList();

      SourceDocument port = docs.get(0);
      assertThat(port.id()).isEqualTo("port-1");
      assertThat(port.title()).isEqualTo("Dock strike");
      assertThat(port.date()).isEqualTo(LocalDate.of(2024, 2, 12));
      assertThat(port.url()).isEqualTo("https://example.org/port");
      assertThat(port.text()).isEqualTo(PORT);

      SourceDocument broken = docs.get(1);
      assertThat(broken.fatalProblem()).map(Problem::kind).contains(Problem.Kind.MALFORMED);
      assertThat(broken.fatalProblem().get().message()).startsWith("line 3 is not valid JSON");
      assertThat(broken.id()).isEqualTo("line-3-" + ContentHash.of("{\"title\": \"broken").substring(0, 8));

      SourceDocument flood = docs.get(2);
      assertThat(flood.format()).isEqualTo(SourceDocument.Format.HTML);
      assertThat(flood.title()).isEqualTo("Floods");
      assertThat(flood.text()).contains(FLOOD);
      assertThat(flood.id()).isEqualTo(ContentHash.id(flood.text()));

      assertThat(docs.get(3).fatalProblem().get().message()).isEqualTo("line 5 has neither \"text\" nor \"html\"");
      assertThat(docs.get(4).fatalProblem().get().message())
          .isEqualTo("line 6: date must be YYYY-MM-DD, got '12 March 2024'");
    }
  }

  @Test
  void aLineThatIsNotUtf8IsOneBadItemAndTheNextLinesAreRead() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    bytes.write((json("text", PORT) + "\n").getBytes(StandardCharsets.UTF_8));
    bytes.write((json("text", "Caf\u00e9 " + BORDER) + "\n").getBytes(StandardCharsets.ISO_8859_1));
    bytes.write((json("text", FLOOD) + "\n").getBytes(StandardCharsets.UTF_8));
    try (ArticleSource source = Sources.jsonLines(new ByteArrayInputStream(bytes.toByteArray()), "stdin", READER)) {
      List<SourceItem> items = Fixtures.items(source);
      assertThat(items).extracting(SourceItem::origin).containsExactly("stdin:1", "stdin:2", "stdin:3");
      assertThat(items.get(0).document().get().text()).isEqualTo(PORT);
      SourceDocument latin1 = items.get(1).document().get();
      assertThat(latin1.fatalProblem()).map(Problem::kind).contains(Problem.Kind.INVALID_ENCODING);
      assertThat(latin1.id()).startsWith("line-2-");
      assertThat(items.get(2).document().get().text()).isEqualTo(FLOOD);
    }
  }

  @Test
  void linesAreReadAsTheIterationReachesThem() throws IOException {
    Path file = Files.writeString(tmp.resolve("growing.ndjson"), json("text", PORT) + "\n");
    try (ArticleSource source = Sources.open(file, READER)) {
      var it = source.iterator();
      SourceItem first = it.next();
      Files.writeString(file, json("text", FLOOD) + "\n", StandardOpenOption.APPEND);
      assertThat(it.hasNext()).isTrue();
      assertThat(it.next().document().get().text()).isEqualTo(FLOOD);
      assertThat(it.hasNext()).isFalse();
      assertThat(first.document().get().text()).isEqualTo(PORT);
    }
  }

  @Test
  void aStreamIsReadOnlyAsFarAsTheIterationHasGone() throws IOException {
    byte[] first = (json("id", "first", "text", PORT) + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] second = (json("id", "second", "text", FLOOD) + "\n").getBytes(StandardCharsets.UTF_8);
    AtomicInteger reads = new AtomicInteger();
    // Hands out one line per read, as a pipe does when its writer is slow.
    InputStream in = new InputStream() {
      @Override
      public int read() {
        throw new UnsupportedOperationException("read in chunks only");
      }

      @Override
      public int read(byte[] b, int off, int len) {
        byte[] line = switch (reads.getAndIncrement()) {
          case 0 -> first;
          case 1 -> second;
          default -> new byte[0];
        };
        System.arraycopy(line, 0, b, off, line.length);
        return line.length == 0 ? -1 : line.length;
      }
    };
    try (ArticleSource source = Sources.jsonLines(in, "pipe", READER)) {
      var it = source.iterator();
      assertThat(reads).as("nothing is read before the iteration asks").hasValue(0);
      assertThat(it.next().document().get().id()).isEqualTo("first");
      assertThat(reads).as("the first line came in one read").hasValue(1);
      assertThat(it.next().document().get().id()).isEqualTo("second");
      assertThat(it.hasNext()).isFalse();
    }
  }

  @Test
  void blankLinesArePassedOverButCountedInLineNumbersAndIds() throws IOException {
    String lines = "\n \t\n" + json("id", "a", "text", PORT) + "\r\n\r\n[1]\n";
    try (ArticleSource source = Sources.jsonLines(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), "in", READER)) {
      List<SourceItem> items = Fixtures.items(source);
      assertThat(items).extracting(SourceItem::origin).containsExactly("in:3", "in:5");
      assertThat(items.get(0).document().get().id()).isEqualTo("a");
      SourceDocument notAnObject = items.get(1).document().get();
      assertThat(notAnObject.id()).isEqualTo("line-5-" + ContentHash.of("[1]").substring(0, 8));
      assertThat(notAnObject.fatalProblem().get().message()).isEqualTo("line 5 is not a JSON object");
    }
  }

  @Test
  void parseIsTheCliFormat() {
    SourceDocument doc = JsonLines.parse(READER, "{\"id\":\"a\",\"text\":\"" + PORT + "\"}", 1);
    assertThat(doc.id()).isEqualTo("a");
    assertThat(JsonLines.parse(READER, "[1, 2]", 7).fatalProblem().get().message())
        .isEqualTo("line 7 is not a JSON object");
  }
}
