package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.dyad.input.ArticleReader;
import org.dyad.model.Analysis;
import org.dyad.pipeline.Analyzer;
import org.dyad.sources.ArticleSource;
import org.dyad.sources.SourceItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code analyze --jsonl}'s input: read as the batch goes, refused whole only when it cannot be read at all. */
class JsonlInputTest {
  private static final ArticleReader READER = new ArticleReader();
  /** Runs no stage: enough to see what becomes of a line's problems, without loading models. */
  private static final Analyzer NO_STAGES = new Analyzer(List.of());

  @TempDir Path dir;

  @Test
  void linesAreReadAsTheBatchReachesThemNotAllAtOnce() throws IOException {
    Path file = Articles.write(dir, "growing.jsonl", "{\"id\":\"first\",\"text\":\"Kenya and Ethiopia met.\"}\n");
    try (ArticleSource source = JsonlInput.open(file.toString(), READER)) {
      var it = source.iterator();
      assertThat(it.next().document().get().id()).isEqualTo("first");
      Files.writeString(file, "{\"id\":\"later\",\"text\":\"Egypt and Jordan met.\"}\n", StandardOpenOption.APPEND);
      assertThat(it.next().document().get().id()).isEqualTo("later");
      assertThat(it.hasNext()).isFalse();
    }
  }

  @Test
  void aMissingFileIsAUsageErrorAtOpen() {
    Path missing = dir.resolve("missing.jsonl");

    assertThatThrownBy(() -> JsonlInput.open(missing.toString(), READER))
        .isInstanceOf(ErrorHandler.UsageError.class)
        .hasMessage("--jsonl " + missing + ": no such file");
  }

  @Test
  void aFileThatCannotBeReadIsAUsageErrorAtOpen() {
    assertThatThrownBy(() -> JsonlInput.open(dir.toString(), READER))
        .isInstanceOf(ErrorHandler.UsageError.class)
        .hasMessage("--jsonl " + dir + ": cannot read: Is a directory");
  }

  @Test
  void aLineThatIsNotUtf8IsOneFailedArticleLikeABadJsonLine() throws IOException {
    String lines = "{not JSON\n{\"id\":\"cafe\",\"text\":\"Caf\u00e9 owners protested.\"}\n";
    Path file = Articles.write(dir, "mixed.jsonl", lines.getBytes(StandardCharsets.ISO_8859_1));
    try (ArticleSource source = JsonlInput.open(file.toString(), READER)) {
      List<Analysis> analyses = source.stream().map(SourceItem::document).map(d -> NO_STAGES.analyze(d.get())).toList();

      assertThat(analyses).hasSize(2).allMatch(a -> a.article().fatal());
      assertThat(analyses.get(1).article().problems()).singleElement()
          .satisfies(p -> assertThat(p.message()).isEqualTo("line 2 is not UTF-8 text (JSON Lines must be UTF-8)"));
    }
  }
}
