package org.dyad.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/server.md shows each page as a screenshot in docs/screenshots/ (copies of what BrowserTest
 * saves in target/screenshots/): every picture it names is there as a PNG of the browser's window,
 * and every PNG there is shown.
 */
class DocsScreenshotsTest {
  private static final Path DOCS = Path.of("..", "docs");
  private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\((screenshots/[^)]+\\.png)\\)");

  private static List<String> shown() throws IOException {
    Matcher m = IMAGE.matcher(Files.readString(DOCS.resolve("server.md")));
    return m.results().map(r -> r.group(1)).toList();
  }

  @Test
  void everyScreenshotTheServerDocShowsIsAPngOfTheBrowserWindow() throws IOException {
    List<String> shown = shown();
    assertThat(shown).contains("screenshots/events.png", "screenshots/stories.png", "screenshots/network.png",
        "screenshots/dyad.png");
    for (String s : shown) {
      byte[] png = Files.readAllBytes(DOCS.resolve(s));
      assertThat(java.util.Arrays.copyOf(png, 4)).as(s).containsExactly((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
      assertThat(ByteBuffer.wrap(png, 16, 4).getInt()).as("width of %s", s).isEqualTo(1366); // IHDR
    }
  }

  @Test
  void everyPngInDocsScreenshotsIsShown() throws IOException {
    List<String> shown = shown();
    try (Stream<Path> files = Files.list(DOCS.resolve("screenshots"))) {
      assertThat(files.map(f -> "screenshots/" + f.getFileName())).allSatisfy(f -> assertThat(shown).contains(f));
    }
  }
}
