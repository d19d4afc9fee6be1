package org.dyad.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.sources.Fixtures.READER;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dyad.input.SourceDocument;
import org.dyad.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A JSON Lines record is read strictly: one object, string fields, one kind of content. */
class JsonLinesStrictTest {
  private static final String TEXT = "Kenya and Ethiopia agreed on Monday to reopen their shared border, officials said.";

  private static Problem onlyProblem(String line) {
    SourceDocument doc = JsonLines.parse(READER, line, 4);
    assertThat(doc.problems()).hasSize(1);
    return doc.problems().get(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "{\"text\": 12345}| line 4: \"text\" must be a string, got a number: 12345",
      "{\"text\": [\"a\"]}| line 4: \"text\" must be a string, got an array: [\"a\"]",
      "{\"html\": true}| line 4: \"html\" must be a string, got a boolean: true",
      "{\"title\": {\"x\": 1}, \"text\": \"t\"}| line 4: \"title\" must be a string, got an object: {\"x\":1}",
      "{\"id\": 1.5, \"text\": \"t\"}| line 4: \"id\" must be a string or an integer, got a number: 1.5",
      "{\"text\": \"a\", \"html\": \"<p>b</p>\"}| line 4 has both \"text\" and \"html\"; give one of them"})
  void recordOfTheWrongShapeIsMalformed(String line, String message) {
    Problem p = onlyProblem(line);

    assertThat(p.kind()).isEqualTo(Problem.Kind.MALFORMED);
    assertThat(p.message()).isEqualTo(message.strip());
  }

  @Test
  void trailingGarbageAfterTheObjectIsMalformed() {
    Problem p = onlyProblem("{\"text\": \"" + TEXT + "\"} trailing");

    assertThat(p.kind()).isEqualTo(Problem.Kind.MALFORMED);
    assertThat(p.message()).startsWith("line 4 is not valid JSON").containsIgnoringCase("trailing");
    assertThat(onlyProblem("{\"text\": \"x\"}{\"text\": \"y\"}").kind()).isEqualTo(Problem.Kind.MALFORMED);
  }

  @Test
  void integerIdAndNullFieldsAreAccepted() {
    SourceDocument doc = JsonLines.parse(READER, "{\"id\": 17, \"title\": null, \"text\": \"" + TEXT + "\"}  ", 1);

    assertThat(doc.id()).isEqualTo("17");
    assertThat(doc.fatal()).isFalse();
  }

  @Test
  void idIsPeekedFromTheTopLevelOnly() {
    assertThat(IdPeek.of("{\"meta\": {\"id\": \"inner\"}, \"id\": \"outer\"}".getBytes(StandardCharsets.UTF_8))).isEqualTo("outer");
    assertThat(IdPeek.of("{\"id\": 42}".getBytes(StandardCharsets.UTF_8))).isEqualTo("42");
    assertThat(IdPeek.of("{\"id\": {\"x\": 1}}".getBytes(StandardCharsets.UTF_8))).isNull();
    assertThat(IdPeek.of("[1, 2]".getBytes(StandardCharsets.UTF_8))).isNull();
    assertThat(IdPeek.of("{not json".getBytes(StandardCharsets.UTF_8))).isNull();
  }

  @Test
  void aLaterLineWithAnEarlierIdGetsADuplicateIdNoteAndBadUtf8IsOneBadLine() throws Exception {
    byte[] lines = ("{\"id\": \"a\", \"date\": \"2024-03-03\", \"text\": \"" + TEXT + "\"}\n"
        + "{\"id\": \"b\", \"text\": \"Caf\u00e9 owners protested.\"}\n"
        + "{\"id\": \"a\", \"date\": \"2024-03-03\", \"text\": \"" + TEXT + "\"}\n").getBytes(StandardCharsets.ISO_8859_1);
    try (ArticleSource source = Sources.jsonLines(new ByteArrayInputStream(lines), "batch", READER)) {
      List<SourceDocument> docs = Fixtures.items(source).stream().map(i -> i.document().get()).toList();

      assertThat(docs).hasSize(3);
      assertThat(docs.get(0).problems()).isEmpty();
      assertThat(docs.get(1).problems()).extracting(Problem::kind).containsExactly(Problem.Kind.INVALID_ENCODING);
      assertThat(docs.get(2).fatal()).isFalse();
      assertThat(docs.get(2).problems()).singleElement().satisfies(p -> {
        assertThat(p.kind()).isEqualTo(Problem.Kind.DUPLICATE_ID);
        assertThat(p.message()).isEqualTo("line 3: id 'a' was already given on line 1; both lines are analysed, the id names two articles");
      });
    }
  }
}
