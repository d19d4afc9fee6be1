package org.dyad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.dyad.model.Span;
import org.junit.jupiter.api.Test;

/** Random messy texts: whatever the cleaner does, the map back to the original must hold. */
class TextCleanerPropertyTest {
  private static final List<String> PIECES = List.of(
      "hamas", "Hamas", "assad", "the", "Regime", "al-mansour", "Al-Mansour", "dr", "Dr.", "U.S.", "e.g.", "3.5",
      "www.example.com", "a@b.org", " ", " ", " ", " ", "\n", "\n\n", "\r\n", ".", ".", ",", ";", "!", "?", "“", "”",
      "\"", "'", "’s", "…", "-", "ﬁ", "ﬂ", "\u200B", "\u00AD", "\u00A0", "\u2009", "e\u0301", "Ａ", ".H", ".“W", ",t",
      "x", "Q", "7", "(", ")");
  private static final TextCleaner CLEANER = new TextCleaner(Cleaning.ARTICLE_NAMES);

  @Test
  void everyCleanedCharMapsBackToTheOriginalCharItCameFrom() {
    Random random = new Random(20240601L);
    for (int n = 0; n < 400; n++) {
      String original = randomText(random);
      CleanText text = CLEANER.clean(original);
      for (int i = 0; i < text.cleaned().length(); i++) {
        char c = text.cleaned().charAt(i);
        Span span = text.toOriginalSpan(i, i + 1);
        if (span.text().isEmpty()) {
          assertThat(c).as("inserted char %d of %s", i, quoted(original)).isEqualTo(' ');
        } else {
          assertThat(normalised(span.text())).as("char %d of %s", i, quoted(original))
              .contains(String.valueOf(c).toLowerCase(Locale.ROOT));
          assertThat(original.charAt(text.toOriginal(i))).isEqualTo(span.text().charAt(0));
        }
      }
    }
  }

  @Test
  void offsetMapIsMonotonicAndEndsAtTheOriginalEnd() {
    Random random = new Random(7L);
    for (int n = 0; n < 400; n++) {
      String original = randomText(random);
      CleanText text = CLEANER.clean(original);
      int previous = 0;
      for (int i = 0; i <= text.cleaned().length(); i++) {
        assertThat(text.toOriginal(i)).as("offset %d of %s", i, quoted(original)).isGreaterThanOrEqualTo(previous);
        previous = text.toOriginal(i);
      }
      assertThat(text.toOriginal(text.cleaned().length())).isEqualTo(original.length());
    }
  }

  @Test
  void cleanedTextIsTheNormalisedOriginalPlusInsertedSpaces() {
    Random random = new Random(99L);
    for (int n = 0; n < 400; n++) {
      String original = randomText(random);
      CleanText text = CLEANER.clean(original);
      StringBuilder kept = new StringBuilder();
      for (int i = 0; i < text.cleaned().length(); i++) {
        if (!text.toOriginalSpan(i, i + 1).text().isEmpty()) {
          kept.append(text.cleaned().charAt(i));
        }
      }
      assertThat(kept.toString().toLowerCase(Locale.ROOT)).as(quoted(original)).isEqualTo(normalised(original));
    }
  }

  @Test
  void spansOfRandomRangesStartAndEndWhereTheirCharsDo() {
    Random random = new Random(3L);
    for (int n = 0; n < 200; n++) {
      String original = randomText(random);
      CleanText text = CLEANER.clean(original);
      int length = text.cleaned().length();
      int a = random.nextInt(length + 1);
      int b = a + random.nextInt(length - a + 1);
      Span span = text.toOriginalSpan(a, b);
      assertThat(span.start()).isEqualTo(text.toOriginal(a));
      int lastCharEnd = a == b ? span.start() : text.toOriginalSpan(b - 1, b).end();
      assertThat(span.end()).isEqualTo(lastCharEnd).isGreaterThanOrEqualTo(span.start());
      assertThat(span.text()).isEqualTo(original.substring(span.start(), span.end()));
    }
  }

  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    int pieces = 1 + random.nextInt(60);
    for (int k = 0; k < pieces; k++) {
      text.append(PIECES.get(random.nextInt(PIECES.size())));
    }
    return text.toString();
  }

  /** What the cleaner does to these pieces, apart from inserted spaces and case. */
  private static String normalised(String original) {
    String s = original.replace("\r\n", "\n").replace('\r', '\n')
        .replace("\u200B", "").replace("\u00AD", "").replace('\u00A0', ' ').replace('\u2009', ' ');
    String kept = s.replace('\u2026', '\uE000');
    return Normalizer.normalize(kept, Normalizer.Form.NFKC).replace('\uE000', '\u2026').toLowerCase(Locale.ROOT);
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\n", "\\n").replace("\r", "\\r") + "\"";
  }
}
