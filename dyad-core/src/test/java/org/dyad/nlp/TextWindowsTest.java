package org.dyad.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Windows of a long text: contiguous, within the size, ended at a blank line where there is one. */
class TextWindowsTest {
  private static void assertCovers(String text, List<TextWindows.Window> windows, int size) {
    assertThat(windows.get(0).start()).isZero();
    assertThat(windows.get(windows.size() - 1).end()).isEqualTo(text.length());
    for (int i = 0; i < windows.size(); i++) {
      TextWindows.Window w = windows.get(i);
      assertThat(w.end() - w.start()).isBetween(1, size);
      if (i > 0) {
        assertThat(w.start()).isEqualTo(windows.get(i - 1).end());
      }
    }
  }

  @Test
  void textWithinOneWindowIsOneWindow() {
    assertThat(TextWindows.of("Rebels withdrew.\n\nTroops entered.", 100))
        .containsExactly(new TextWindows.Window(0, 33, true));
  }

  @Test
  void windowEndsJustAfterTheLastBlankLine() {
    String text = "aaaa aaaa.\n\nbbbb bbbb.\n \ncccc cccc.";

    List<TextWindows.Window> windows = TextWindows.of(text, 30);

    assertThat(windows).containsExactly(new TextWindows.Window(0, 25, true), new TextWindows.Window(25, 35, true));
    assertThat(text.substring(25)).isEqualTo("cccc cccc.");
  }

  @Test
  void withoutBlankLinesAWindowEndsAtASentenceAndSaysItMayCutOne() {
    String text = "aaaa aaaa. bbbb bbbb. cccc cccc.";

    List<TextWindows.Window> windows = TextWindows.of(text, 25);

    assertThat(windows.get(0)).isEqualTo(new TextWindows.Window(0, 22, false));
    assertCovers(text, windows, 25);
  }

  @Test
  void textWithNoBreakAtAllIsCutHardWithoutSplittingASurrogatePair() {
    String text = "x".repeat(9) + "\uD83D\uDE00" + "y".repeat(20);

    List<TextWindows.Window> windows = TextWindows.of(text, 10);

    assertThat(windows.get(0).end()).isEqualTo(9);
    assertCovers(text, windows, 10);
  }

  @Test
  void longArticleIsCoveredByWindowsAtBlankLines() {
    String text = NewsClauses.article(300_000);

    List<TextWindows.Window> windows = TextWindows.of(text, 20_000);

    assertCovers(text, windows, 20_000);
    assertThat(windows).allMatch(TextWindows.Window::clean);
    assertThat(windows.size()).isBetween(15, 30);
  }
}
