package org.dyad.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.dyad.input.SourceDocument.Format;
import org.dyad.model.Problem;
import org.dyad.model.Problem.Kind;
import org.junit.jupiter.api.Test;

class ArticleReaderHtmlTest {
  private final ArticleReader reader = new ArticleReader();

  @Test
  void htmlBytesAreDetectedAndTheirMainTextBecomesTheOriginalText() {
    SourceDocument doc = reader.read(HtmlExtractorTest.newsPage().getBytes(StandardCharsets.UTF_8), Metadata.NONE);

    assertThat(doc.format()).isEqualTo(Format.HTML);
    assertThat(doc.text()).startsWith("Ministers agree to reopen the Lakeside crossing\n\nBy Amina Farouk")
        .endsWith("whether the promises were kept.");
    assertThat(doc.id()).isEqualTo(ContentHash.id(doc.text()));
    assertThat(doc.fatal()).isFalse();
  }

  @Test
  void pageMetadataFillsMissingHints() {
    SourceDocument doc = reader.fromHtml(HtmlExtractorTest.newsPage(), Metadata.NONE);

    assertThat(doc.title()).isEqualTo("Ministers agree to reopen the Lakeside crossing");
    assertThat(doc.date()).isEqualTo(LocalDate.of(2024, 3, 14));
    assertThat(doc.url()).isEqualTo("https://meridian.example/world/lakeside-crossing");
    assertThat(doc.problems()).extracting(Problem::kind).containsExactly(Kind.HTML_CLEANED);
  }

  @Test
  void explicitHintsWinOverThePage() {
    Metadata hints = new Metadata("given-id", "Given title", LocalDate.of(2024, 3, 15), null);

    SourceDocument doc = reader.fromHtml(HtmlExtractorTest.newsPage(), hints);

    assertThat(doc.id()).isEqualTo("given-id");
    assertThat(doc.title()).isEqualTo("Given title");
    assertThat(doc.date()).isEqualTo(LocalDate.of(2024, 3, 15));
    assertThat(doc.url()).isEqualTo("https://meridian.example/world/lakeside-crossing");
  }

  @Test
  void missingDateInPageAndHintsIsReported() {
    SourceDocument doc = reader.fromHtml("<html><body><p>" + ArticleReaderTest.ENGLISH + "</p></body></html>",
        Metadata.NONE);

    assertThat(doc.problems()).containsExactly(
        Problem.of(Kind.MISSING_METADATA, "no publication date: none given and none found in the page"));
  }

  @Test
  void pageWithoutExtractableTextIsEmpty() {
    String html = "<!DOCTYPE html><html><head><title>Nothing here</title></head>"
        + "<body><nav><a href=\"/\">Home</a></nav><script>track();</script></body></html>";

    SourceDocument doc = reader.read(html.getBytes(StandardCharsets.UTF_8), Metadata.NONE);

    assertThat(doc.text()).isEmpty();
    assertThat(doc.title()).isEqualTo("Nothing here");
    assertThat(doc.fatalProblem()).contains(Problem.of(Kind.EMPTY, "HTML page has no extractable text"));
  }

  @Test
  void malformedHtmlIsReadWithoutThrowing() {
    String html = "<html><body><div><p>" + ArticleReaderTest.ENGLISH + "</div></div><p>Talks <b>continue.</body>";

    SourceDocument doc = reader.fromHtml(html, Metadata.of(null, LocalDate.of(2024, 1, 1)));

    assertThat(doc.fatal()).isFalse();
    assertThat(doc.text()).isEqualTo(ArticleReaderTest.ENGLISH + "\n\nTalks continue.");
  }

  @Test
  void foreignHtmlIsNotEnglishButKeepsPageMetadata() {
    String html = "<html><head><title>Переговоры</title></head><body><article><p>Министры иностранных дел двух"
        + " стран встретились в четверг в столице, чтобы обсудить открытие пограничного перехода, который был"
        + " закрыт для торговли почти год.</p></article></body></html>";

    SourceDocument doc = reader.fromHtml(html, Metadata.NONE);

    assertThat(doc.fatalProblem()).map(Problem::kind).contains(Kind.NOT_ENGLISH);
    assertThat(doc.title()).isEqualTo("Переговоры");
    assertThat(doc.text()).isEmpty();
  }
}
