package org.dyad.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dyad.input.SourceDocument.Format;
import org.junit.jupiter.api.Test;

/** Reads the shared sample article, found in a {@code shared/corpus} folder beside the repository. */
class CorpusArticleTest {
  private static final String ARTICLE = "hamas-assad-archyde.txt";

  private static Path corpusFile() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("corpus").resolve(ARTICLE);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  @Test
  void sharedArticleIsEnglishTextReadAsIs() throws IOException {
    Path file = corpusFile();
    assumeTrue(file != null, "no shared/corpus/" + ARTICLE + " above " + Path.of("").toAbsolutePath());

    SourceDocument doc = new ArticleReader().read(file, Metadata.NONE);

    assertThat(doc.format()).isEqualTo(Format.TEXT);
    assertThat(doc.fatal()).as("problems: %s", doc.problems()).isFalse();
    assertThat(doc.text()).isEqualTo(Files.readString(file, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", ""));
    assertThat(LanguageGuess.of(doc.text()).functionWordShare()).isGreaterThan(0.3);
  }
}
