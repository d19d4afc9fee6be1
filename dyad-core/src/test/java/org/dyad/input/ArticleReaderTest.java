package org.dyad.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.dyad.input.SourceDocument.Format;
import org.dyad.model.Problem;
import org.dyad.model.Problem.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
  static final String ENGLISH = "The foreign ministers of Kenya and Ethiopia agreed on Thursday to reopen a border"
      + " crossing that has been closed to trade for eleven months, according to a joint statement.";

  private final ArticleReader reader = new ArticleReader();

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static Problem fatal(SourceDocument doc) {
    assertThat(doc.text()).isEmpty();
    return doc.fatalProblem().orElseThrow(() -> new AssertionError("no fatal problem in " + doc.problems()));
  }

  @Test
  void plainTextIsReturnedExactlyAsDecoded() {
    String text = "  Headline\r\n\r\n" + ENGLISH + "\r\n\tSecond  paragraph.  \n";

    SourceDocument doc = reader.read(utf8(text), Metadata.NONE);

    assertThat(doc.format()).isEqualTo(Format.TEXT);
    assertThat(doc.text()).isEqualTo(text).contains("\r\n");
    assertThat(doc.fatal()).isFalse();
  }

  @Test
  void leadingUtf8ByteOrderMarkIsDropped() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] bytes = new byte[bom.length + utf8(ENGLISH).length];
    System.arraycopy(bom, 0, bytes, 0, 3);
    System.arraycopy(utf8(ENGLISH), 0, bytes, 3, utf8(ENGLISH).length);

    assertThat(reader.read(bytes, Metadata.NONE).text()).isEqualTo(ENGLISH);
    assertThat(reader.fromText("\uFEFF" + ENGLISH, Metadata.NONE).text()).isEqualTo(ENGLISH);
  }

  @Test
  void utf16WithByteOrderMarkIsDecoded() {
    String text = "Caf\u00e9 talks: " + ENGLISH;

    assertThat(reader.read(text.getBytes(StandardCharsets.UTF_16), Metadata.NONE).text()).isEqualTo(text);
    byte[] le = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
    assertThat(reader.read(le, Metadata.NONE).text()).isEqualTo(text);
  }

  @Test
  void zeroBytesAreEmpty() {
    Problem p = fatal(reader.read(new byte[0], Metadata.NONE));

    assertThat(p.kind()).isEqualTo(Kind.EMPTY);
    assertThat(p.message()).isEqualTo("article is empty (0 bytes)");
  }

  @Test
  void whitespaceOnlyIsEmpty() {
    Problem p = fatal(reader.read(utf8(" \n\t\u00a0\r\n "), Metadata.NONE));

    assertThat(p.kind()).isEqualTo(Kind.EMPTY);
    assertThat(p.message()).isEqualTo("article contains only whitespace (7 characters)");
    assertThat(fatal(reader.fromText("", Metadata.NONE)).kind()).isEqualTo(Kind.EMPTY);
  }

  @Test
  void nulBytesAreBinary() {
    byte[] bytes = utf8("Some text\0\0\0 and more");

    Problem p = fatal(reader.read(bytes, Metadata.NONE));

    assertThat(p.kind()).isEqualTo(Kind.BINARY);
    assertThat(p.message()).isEqualTo("binary content: NUL byte at offset 9; expected text");
  }

  @Test
  void manyControlCharactersAreBinary() {
    byte[] bytes = new byte[200];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
    }

    Problem p = fatal(reader.read(bytes, Metadata.NONE));

    assertThat(p.kind()).isEqualTo(Kind.BINARY);
    assertThat(p.message()).contains("34% of the first 200 bytes are control characters");
  }

  @Test
  void pngHeaderIsNamedInTheMessage() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    Problem p = fatal(reader.read(png, Metadata.NONE));

    assertThat(p.kind()).isEqualTo(Kind.BINARY);
    assertThat(p.message()).isEqualTo("binary content: looks like a PNG image, not text");
  }

  @Test
  void pdfZipGzipAndJpegAreRecognised() {
    assertThat(fatal(reader.read(utf8("%PDF-1.7\n%text after"), Metadata.NONE)).message()).contains("PDF document");
    assertThat(fatal(reader.read(new byte[] {'P', 'K', 3, 4, 20, 0}, Metadata.NONE)).message()).contains("ZIP");
    assertThat(fatal(reader.read(new byte[] {0x1F, (byte) 0x8B, 8, 0}, Metadata.NONE)).message()).contains("GZIP");
    assertThat(fatal(reader.read(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, Metadata.NONE))
        .message()).contains("JPEG image");
  }

  @Test
  void invalidUtf8NamesTheByteOffset() {
    byte[] bytes = {'a', 'b', 'c', (byte) 0xC3, '(', 'd'};

    Problem p = fatal(reader.read(bytes, Metadata.NONE));

    assertThat(p.kind()).isEqualTo(Kind.INVALID_ENCODING);
    assertThat(p.message()).isEqualTo(
        "invalid UTF-8 at byte offset 3 (bytes C3); expected UTF-8, or UTF-16 with a byte order mark");
  }

  @Test
  void latin1TextIsInvalidUtf8() {
    byte[] bytes = "Caf\u00e9 in Bogot\u00e1".getBytes(StandardCharsets.ISO_8859_1);

    assertThat(fatal(reader.read(bytes, Metadata.NONE)).message()).startsWith("invalid UTF-8 at byte offset 3 (bytes E9)");
  }

  @Test
  void tooLargeNamesSizeAndLimit() {
    ArticleReader small = new ArticleReader(new ReaderLimits(100));

    Problem p = fatal(small.read(new byte[2048], Metadata.NONE));

    assertThat(p.kind()).isEqualTo(Kind.TOO_LARGE);
    assertThat(p.message()).isEqualTo("article is 2.0 KiB (2048 bytes), over the limit of 100 bytes");
    assertThat(fatal(small.fromText("x".repeat(101), Metadata.NONE)).kind()).isEqualTo(Kind.TOO_LARGE);
  }

  @Test
  void tooLargeFileIsNotLoadedButStillGetsAContentId(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("big.txt");
    byte[] bytes = utf8("x".repeat(6 * 1024 * 1024));
    Files.write(file, bytes);

    SourceDocument doc = reader.read(file, Metadata.NONE);

    assertThat(fatal(doc).message()).isEqualTo("article is 6.0 MiB (6291456 bytes), over the limit of 5.0 MiB (5242880 bytes)");
    assertThat(doc.id()).isEqualTo(ContentHash.of(bytes).substring(0, 16));
  }

  @Test
  void fileWithinTheLimitIsReadLikeItsBytes(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("a.txt");
    Files.writeString(file, ENGLISH);

    assertThat(reader.read(file, Metadata.NONE)).isEqualTo(reader.read(utf8(ENGLISH), Metadata.NONE));
  }

  @Test
  void unpairedSurrogateInUtf16IsInvalid() {
    byte[] bytes = {(byte) 0xFF, (byte) 0xFE, 'a', 0, 0x00, (byte) 0xD8, 'b', 0};

    Problem p = fatal(reader.read(bytes, Metadata.NONE));

    assertThat(p.kind()).isEqualTo(Kind.INVALID_ENCODING);
    assertThat(p.message()).startsWith("invalid UTF-16LE at byte offset 4 (bytes 00 D8");
  }

  @Test
  void defaultLimitIsFiveMebibytes() {
    assertThat(ReaderLimits.DEFAULT.maxBytes()).isEqualTo(5 * 1024 * 1024);
    assertThatThrownBy(() -> new ReaderLimits(0)).hasMessage("maxBytes must be > 0, got 0");
  }

  @Test
  void russianTextIsNotEnglish() {
    String text = "Министры иностранных дел двух стран встретились в четверг в столице, чтобы обсудить открытие"
        + " пограничного перехода, который был закрыт для торговли почти год. После двух дней переговоров"
        + " стороны подписали совместное заявление.";

    Problem p = fatal(reader.fromText(text, Metadata.NONE));

    assertThat(p.kind()).isEqualTo(Kind.NOT_ENGLISH);
    assertThat(p.message()).startsWith("text looks like Cyrillic script, not English");
  }

  @Test
  void spanishTextIsNotEnglish() {
    String text = "Los ministros de Asuntos Exteriores de los dos países acordaron el jueves reabrir el paso"
        + " fronterizo, que ha estado cerrado al comercio durante once meses. El acuerdo se firmó después de dos"
        + " días de conversaciones en la capital, según un comunicado conjunto de ambos gobiernos.";

    Problem p = fatal(reader.fromText(text, Metadata.NONE));

    assertThat(p.kind()).isEqualTo(Kind.NOT_ENGLISH);
    assertThat(p.message()).matches("only \\d+% of \\d+ words are common English words \\(expected at least 10% for English\\)");
  }

  @Test
  void chineseTextIsNotEnglish() {
    String text = "两国外交部长星期四同意重新开放边境口岸，该口岸已关闭十一个月。双方在首都举行了两天会谈后签署了协议。";

    Problem p = fatal(reader.read(utf8(text), Metadata.NONE));

    assertThat(p.kind()).isEqualTo(Kind.NOT_ENGLISH);
    assertThat(p.message()).startsWith("text looks like Han (Chinese characters) script, not English");
  }

  @Test
  void shortEnglishTextIsAccepted() {
    SourceDocument doc = reader.fromText("Kenya and Ethiopia reopen the border.", Metadata.NONE);

    assertThat(doc.fatal()).isFalse();
    assertThat(doc.text()).isEqualTo("Kenya and Ethiopia reopen the border.");
  }

  @Test
  void hintsGiveIdTitleDateAndUrl() {
    Metadata hints = new Metadata("a-1", "Border reopens", LocalDate.of(2024, 3, 14), "https://x.example/a");

    SourceDocument doc = reader.fromText(ENGLISH, hints);

    assertThat(doc.id()).isEqualTo("a-1");
    assertThat(doc.title()).isEqualTo("Border reopens");
    assertThat(doc.date()).isEqualTo(LocalDate.of(2024, 3, 14));
    assertThat(doc.url()).isEqualTo("https://x.example/a");
    assertThat(doc.problems()).isEmpty();
  }

  @Test
  void idWithoutHintIsTheStartOfTheTextHash() {
    SourceDocument doc = reader.fromText(ENGLISH, Metadata.NONE);

    assertThat(doc.id()).hasSize(16).isEqualTo(ContentHash.of(ENGLISH).substring(0, 16));
    assertThat(reader.read(utf8(ENGLISH), Metadata.NONE).id()).isEqualTo(doc.id());
  }

  @Test
  void fatalDocumentsStillHaveAnIdAndTheHints() {
    SourceDocument doc = reader.read(new byte[0], Metadata.of("Empty one", null));

    assertThat(doc.id()).hasSize(16);
    assertThat(doc.title()).isEqualTo("Empty one");
    assertThat(doc.toArticleInfo().fatal()).isTrue();
    assertThat(doc.toArticleInfo().language()).isNull();
  }

  @Test
  void missingDateIsReported() {
    SourceDocument doc = reader.fromText(ENGLISH, Metadata.NONE);

    assertThat(doc.problems()).containsExactly(Problem.of(Kind.MISSING_METADATA, "no publication date given"));
    assertThat(doc.fatal()).isFalse();
    assertThat(doc.toArticleInfo().language()).isEqualTo("en");
  }

  @Test
  void nullArgumentsAreProgrammerErrors() {
    assertThatThrownBy(() -> reader.read((byte[]) null, Metadata.NONE)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bytes must not be null");
    assertThatThrownBy(() -> reader.fromText("x", null)).hasMessage("hints must not be null");
  }
}
