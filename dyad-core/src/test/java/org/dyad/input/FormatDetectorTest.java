package org.dyad.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.input.SourceDocument.Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormatDetectorTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "<!DOCTYPE html><html><body>x</body></html>",
      "\uFEFF\n  <!doctype HTML>\n<title>x</title>",
      "<html lang=\"en\"><p>x</p>",
      "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">",
      "<p>A fragment that starts with a paragraph.</p>",
      "Some words first <div class=\"story\">then a <b>story</b></div> and <p>paragraphs</p>"})
  void markupIsHtml(String content) {
    assertThat(FormatDetector.detect(content)).isEqualTo(Format.HTML);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "",
      "Kenya and Ethiopia reopen the border.\n\nTraders welcomed the news.",
      "He wrote that the <p> tag is old, in a long article about the history of the web and its many standards.",
      "Contact: Jane Doe <jane@example.org>, 3 < 4 and 5 > 2",
      "# A Markdown heading\n\n* a list item"})
  void proseIsText(String content) {
    assertThat(FormatDetector.detect(content)).isEqualTo(Format.TEXT);
  }

  @Test
  void tagsAfterTheFirstTwoKilobytesAreNotLookedAt() {
    String content = "word ".repeat(500) + "<p>a</p><div>b</div>";

    assertThat(FormatDetector.detect(content)).isEqualTo(Format.TEXT);
  }
}
