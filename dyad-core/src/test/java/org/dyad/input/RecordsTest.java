package org.dyad.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.dyad.input.SourceDocument.Format;
import org.dyad.model.Problem;
import org.dyad.model.Problem.Kind;
import org.junit.jupiter.api.Test;

class RecordsTest {
  @Test
  void blankMetadataFieldsBecomeNull() {
    assertThat(new Metadata(" ", "", null, "  https://x.example  ")).isEqualTo(new Metadata(null, null, null, "https://x.example"));
  }

  @Test
  void metadataFallsBackFieldByField() {
    Metadata hints = new Metadata("id-1", null, LocalDate.of(2024, 1, 2), null);
    Metadata page = new Metadata(null, "Page title", LocalDate.of(2023, 5, 6), "https://x.example");

    assertThat(hints.orElse(page)).isEqualTo(new Metadata("id-1", "Page title", LocalDate.of(2024, 1, 2), "https://x.example"));
  }

  @Test
  void documentNeedsAnIdAndText() {
    assertThatThrownBy(() -> new SourceDocument(" ", null, null, null, Format.TEXT, "", List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id");
    assertThatThrownBy(() -> new SourceDocument("a", null, null, null, Format.TEXT, null, List.of()))
        .hasMessage("text must not be null");
  }

  @Test
  void documentIsFatalWhenAnyProblemIsFatal() {
    SourceDocument ok = new SourceDocument("a", null, null, null, Format.TEXT, "x",
        List.of(Problem.of(Kind.MISSING_METADATA, "no date")));
    SourceDocument bad = new SourceDocument("a", null, null, null, Format.TEXT, "",
        List.of(Problem.of(Kind.MISSING_METADATA, "no date"), Problem.of(Kind.EMPTY, "empty")));

    assertThat(ok.fatal()).isFalse();
    assertThat(bad.fatalProblem()).contains(Problem.of(Kind.EMPTY, "empty"));
  }

  @Test
  void sizesAreHumanReadable() {
    assertThat(ContentChecks.size(999)).isEqualTo("999 bytes");
    assertThat(ContentChecks.size(1536)).isEqualTo("1.5 KiB (1536 bytes)");
    assertThat(ContentChecks.size(6_500_000)).isEqualTo("6.2 MiB (6500000 bytes)");
  }

  @Test
  void utf8LengthCountsEncodedBytes() {
    assertThat(ContentChecks.utf8Length("a\u00e9\u20ac\uD83D\uDE00")).isEqualTo(1 + 2 + 3 + 4);
  }
}
