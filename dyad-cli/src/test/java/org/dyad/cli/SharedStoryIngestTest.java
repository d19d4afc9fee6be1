package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue "Build a corpus", done when: a directory holding the shared article, an HTML copy of it and a
 * lightly rewritten copy is one story with three articles, and each of its events is stored once with
 * its counts. The copies are made here from the shared article; nothing of it is kept in the repository.
 */
class SharedStoryIngestTest {
  @TempDir
  Path dir;

  @Test
  void anArticleItsHtmlCopyAndARewriteAreOneStoryWithEachEventOnce() throws Exception {
    Path shared = findShared();
    assumeTrue(shared != null, "shared corpus not found beside the repository");
    String text = Files.readString(shared);
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("article.txt"), text);
    Files.writeString(in.resolve("article.html"), htmlCopy(text));
    Files.writeString(in.resolve("rewrite.txt"), text.replaceFirst("relationship", "relations")
        .replaceFirst("mistrust", "distrust").replaceFirst("Hamas members", "members of Hamas"));
    Path db = dir.resolve("db");

    Cli.Result first = Cli.run("ingest", "--db", db.toString(), in.toString());
    assertThat(first.status()).as(first.toString()).isZero();
    assertThat(first.out()).contains("3 new (2 near-duplicates)");
    Cli.Result again = Cli.run("ingest", "--db", db.toString(), in.toString());
    assertThat(again.out()).contains("0 new").contains("3 already known");

    try (Connection c = DriverManager.getConnection("jdbc:h2:" + db.resolve("dyad").toAbsolutePath() + ";MODE=PostgreSQL")) {
      assertThat(count(c, "select count(distinct story_id) from articles")).isEqualTo(1);
      assertThat(count(c, "select count(*) from articles")).isEqualTo(3);
      assertThat(count(c, "select count(*) from events")).isGreaterThan(5);
      List<Integer> perEvent = ints(c, "select num_articles from events");
      assertThat(perEvent).allMatch(n -> n <= 3).contains(3);
      assertThat(count(c, "select count(*) from events where root = '18' and target_actor = 'hamas'")).isEqualTo(1);
    }
  }

  private static String htmlCopy(String text) {
    StringBuilder body = new StringBuilder();
    String[] paragraphs = text.split("\n\n");
    for (int i = 1; i < paragraphs.length; i++) {
      body.append("<p>").append(paragraphs[i].replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
    }
    return "<!doctype html><html><head><title>" + paragraphs[0] + "</title></head><body>"
        + "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><h1>" + paragraphs[0] + "</h1>"
        + body + "</article><div class='share'>Share on Facebook</div><footer>Copyright</footer></body></html>";
  }

  private static int count(Connection c, String sql) throws Exception {
    try (ResultSet rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static List<Integer> ints(Connection c, String sql) throws Exception {
    List<Integer> out = new ArrayList<>();
    try (ResultSet rs = c.createStatement().executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getInt(1));
      }
    }
    return out;
  }

  private static Path findShared() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path p = d.resolve("shared/corpus/hamas-assad-archyde.txt");
      if (Files.isRegularFile(p)) {
        return p;
      }
    }
    return null;
  }
}
