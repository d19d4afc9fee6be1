package org.dyad.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.sources.Fixtures.BORDER;
import static org.dyad.sources.Fixtures.READER;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.dyad.input.Metadata;
import org.dyad.input.SourceDocument;
import org.dyad.model.Problem;
import org.junit.jupiter.api.Test;

class HtmlBytesTest {
  private static final String PAGE = "<html><head><title>Caf\u00e9 talks</title></head><body><article><p>"
      + BORDER.replace("Geneva", "Gen\u00e8ve") + "</p></article></body></html>";

  @Test
  void theHttpCharsetDecodesThePage() {
    byte[] bytes = PAGE.getBytes(Charset.forName("windows-1252"));
    SourceDocument doc = HtmlBytes.read(READER, bytes, "ISO-8859-1", Metadata.NONE);
    assertThat(doc.fatal()).isFalse();
    assertThat(doc.text()).contains("Gen\u00e8ve");
  }

  @Test
  void withoutADeclaredCharsetTheBytesMustBeUtf8() {
    byte[] latin1 = PAGE.getBytes(StandardCharsets.ISO_8859_1);
    assertThat(HtmlBytes.read(READER, latin1, null, Metadata.NONE).fatalProblem())
        .map(Problem::kind).contains(Problem.Kind.INVALID_ENCODING);
    assertThat(HtmlBytes.read(READER, PAGE.getBytes(StandardCharsets.UTF_8), "no-such-charset", Metadata.NONE).text())
        .contains("Gen\u00e8ve");
  }

  @Test
  void aByteOrderMarkWinsOverADeclaredCharset() {
    byte[] utf16 = ("\uFEFF" + PAGE).getBytes(StandardCharsets.UTF_16BE);
    assertThat(HtmlBytes.read(READER, utf16, "windows-1252", Metadata.NONE).text()).contains("Gen\u00e8ve");
  }

  @Test
  void labelsNameCharsetsAsBrowsersDo() {
    assertThat(HtmlBytes.charset("latin1")).contains(Charset.forName("windows-1252"));
    assertThat(HtmlBytes.charset("\"Shift_JIS\"")).contains(Charset.forName("Shift_JIS"));
    assertThat(HtmlBytes.charset("x-unknown")).isEmpty();
    assertThat(HtmlBytes.metaCharset("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">"
        .getBytes(StandardCharsets.US_ASCII))).isEqualTo("koi8-r");
  }
}
