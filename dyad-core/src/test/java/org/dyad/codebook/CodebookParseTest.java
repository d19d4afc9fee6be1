package org.dyad.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.dyad.model.DyadException;
import org.junit.jupiter.api.Test;

class CodebookParseTest {
  private static final String HEAD = "# a comment\n" + Codebook.HEADER + "\n";

  private static Codebook parse(String rows) {
    return Codebook.parse(new StringReader(HEAD + rows), "test.tsv");
  }

  @Test
  void wellFormedRowsParseWithChildrenInFileOrder() {
    Codebook c = parse("18\tAssault\t-9.0\t4\tASSAULT\t-\n181\tAbduct\t-9.0\t4\tASSAULT\tabduct\n\n"
        + "# between rows\n180\tUse unconventional violence\t-9.0\t4\tASSAULT\t-\n");
    assertThat(c.all()).hasSize(3);
    assertThat(c.children("18")).extracting(CameoCode::code).containsExactly("181", "180");
    assertThat(c.require("181").ploverMode()).isEqualTo("abduct");
  }

  @Test
  void wrongColumnCountNamesFileAndLine() {
    assertThatThrownBy(() -> parse("18\tAssault\t-9.0\t4\tASSAULT\n"))
        .isInstanceOf(DyadException.class)
        .hasMessageContaining("test.tsv:3")
        .hasMessageContaining("6 tab-separated columns, got 5");
  }

  @Test
  void goldsteinThatIsNotANumberNamesTheCell() {
    assertThatThrownBy(() -> parse("18\tAssault\tminus nine\t4\tASSAULT\t-\n"))
        .hasMessageContaining("test.tsv:3").hasMessageContaining("'minus nine'");
  }

  @Test
  void goldsteinOutsideTheScaleIsRejected() {
    assertThatThrownBy(() -> parse("18\tAssault\t-11.0\t4\tASSAULT\t-\n"))
        .hasMessageContaining("test.tsv:3").hasMessageContaining("-11.0");
  }

  @Test
  void malformedCodeIsRejected() {
    assertThatThrownBy(() -> parse("18a\tAssault\t-9.0\t4\tASSAULT\t-\n"))
        .hasMessageContaining("test.tsv:3").hasMessageContaining("'18a'");
    assertThatThrownBy(() -> parse("21\tNo such root\t0.0\t4\tASSAULT\t-\n"))
        .hasMessageContaining("test.tsv:3").hasMessageContaining("'21'");
  }

  @Test
  void emptyPloverCellIsRejectedInFavourOfTheDash() {
    assertThatThrownBy(() -> parse("18\tAssault\t-9.0\t4\t\t-\n"))
        .hasMessageContaining("test.tsv:3").hasMessageContaining("'-'");
  }

  @Test
  void duplicateCodeIsRejected() {
    assertThatThrownBy(() -> parse("18\tAssault\t-9.0\t4\tASSAULT\t-\n18\tAssault\t-9.0\t4\tASSAULT\t-\n"))
        .hasMessageContaining("test.tsv:4").hasMessageContaining("18 is defined twice");
  }

  @Test
  void childBeforeItsParentIsRejected() {
    assertThatThrownBy(() -> parse("18\tAssault\t-9.0\t4\tASSAULT\t-\n1823\tKill\t-10.0\t4\tASSAULT\t-\n"))
        .hasMessageContaining("test.tsv:4").hasMessageContaining("1823").hasMessageContaining("182");
  }

  @Test
  void childWithADifferentQuadClassIsRejected() {
    assertThatThrownBy(() -> parse("18\tAssault\t-9.0\t4\tASSAULT\t-\n181\tAbduct\t-9.0\t3\tASSAULT\t-\n"))
        .hasMessageContaining("test.tsv:4").hasMessageContaining("quad class 3");
  }

  @Test
  void missingOrWrongHeaderIsReported() {
    assertThatThrownBy(() -> Codebook.parse(new StringReader("code\tname\n18\tAssault\n"), "bad.tsv"))
        .hasMessageContaining("bad.tsv:1").hasMessageContaining("expected the header");
    assertThatThrownBy(() -> Codebook.parse(new StringReader("# only comments\n"), "empty.tsv"))
        .hasMessageContaining("empty.tsv").hasMessageContaining("no header");
  }
}
