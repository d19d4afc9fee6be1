package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleCountTest {
  @TempDir
  Path dir;

  private Path file(String name) throws Exception {
    Path f = dir.resolve(name);
    Files.createDirectories(f.getParent());
    Files.writeString(f, "x");
    return f;
  }

  @Test
  void textAndHtmlFilesInFoldersCountOneArticleEach() throws Exception {
    file("a.txt");
    file("sub/b.html");
    file("sub/.hidden/c.txt");
    file(".DS_Store");
    assertThat(ArticleCount.of(List.of(dir))).isEqualTo(2);
  }

  @Test
  void namedFilesCountThemselves() throws Exception {
    assertThat(ArticleCount.of(List.of(file("a.txt"), file("b.htm")))).isEqualTo(2);
  }

  @Test
  void jsonLinesFeedsArchivesAndUnknownKindsLeaveTheTotalUnknown() throws Exception {
    for (String name : List.of("a.jsonl", "f.rss", "w.warc.gz", "page")) {
      assertThat(ArticleCount.of(List.of(file("a.txt"), file(name)))).as(name).isEqualTo(Progress.UNKNOWN_TOTAL);
    }
  }

  @Test
  void durationsReadAsAPersonSaysThem() {
    assertThat(Progress.duration(42)).isEqualTo("42 s");
    assertThat(Progress.duration(185)).isEqualTo("3 min 5 s");
    assertThat(Progress.duration(7440)).isEqualTo("2 h 4 min");
  }
}
