package org.dyad.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real messy article of shared/corpus; skipped where that folder is not beside the repository. */
class SharedArticleTest {
  private static String original;
  private static CleanText text;

  @BeforeAll
  static void cleanTheArticle() throws IOException {
    Path article = sharedCorpus().resolve("hamas-assad-archyde.txt");
    assumeTrue(Files.isRegularFile(article),
        "shared/corpus/hamas-assad-archyde.txt not found above " + Path.of("").toAbsolutePath());
    original = Files.readString(article);
    text = new TextCleaner(Cleaning.ARTICLE_NAMES).clean(original);
  }

  private static Path sharedCorpus() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("shared/corpus"))) {
        return dir.resolve("shared/corpus");
      }
    }
    return Path.of("shared/corpus");
  }

  @Test
  void gluedSentencesAndTitlesGetTheirSpaces() {
    assertThat(text.cleaned())
        .contains("interactions. Only", "stalled. Hamas", "region. Islamic", "Hamas. This decision", "cause. Though",
            "expert.” It suggests", "established… have", "cooperation, the", "dynamics, including", "partnership, with")
        .contains("Dr. Al-Mansour", "Dr. Layla Al-Mansour")
        .doesNotContain("Dr.Al-Mansour", "Dr.Layla");
  }

  @Test
  void lowercaseNamesAreCapitalised() {
    assertThat(Pattern.compile("\\b(assad|hamas|sinwar|hezbollah|gaza|iran)\\b").matcher(text.cleaned()).find()).isFalse();
    assertThat(text.cleaned()).contains("Disturbing reports", "Can the stalled", "Dr. Al-Mansour explains", "Bashar al-Assad");
  }

  @Test
  void paragraphsStaySeparatedByBlankLines() {
    assertThat(text.cleaned().split("\n\n", -1)).hasSameSizeAs(original.split("\n\n", -1));
  }

  @Test
  void everyTokenMapsBackToTheSameWordsInTheOriginal() {
    Matcher token = Pattern.compile("\\S+").matcher(text.cleaned());
    int tokens = 0;
    while (token.find()) {
      Span span = text.toOriginalSpan(token.start(), token.end());
      assertThat(span.text()).isEqualTo(original.substring(span.start(), span.end()));
      assertThat(span.text()).isEqualToIgnoringCase(token.group());
      tokens++;
    }
    assertThat(tokens).isGreaterThan(2_000);
  }

  @Test
  void repairsAreSpacesAndCaseChangesOnly() {
    assertThat(text.repairs()).extracting(Repair::kind).containsOnly(Repair.SPACE, Repair.CASE);
    assertThat(text.repairs()).hasSizeGreaterThan(25);
  }
}
