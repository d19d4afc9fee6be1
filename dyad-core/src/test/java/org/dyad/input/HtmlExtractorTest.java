package org.dyad.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Problem;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {
  private final HtmlExtractor extractor = new HtmlExtractor();

  static String newsPage() {
    try (InputStream in = HtmlExtractorTest.class.getResourceAsStream("news-page.html")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static List<String> paragraphs(String text) {
    return List.of(text.split("\n\n"));
  }

  @Test
  void mainTextKeepsHeadlineDatelineAndArticleParagraphsInOrder() {
    List<String> paragraphs = paragraphs(extractor.extract(newsPage()).text());

    assertThat(paragraphs).containsExactly(
        "Ministers agree to reopen the Lakeside crossing",
        "By Amina Farouk \u00b7 March 14, 2024",
        "NAIROBI \u2014 The foreign ministers of Kenya and Ethiopia agreed on Thursday to reopen the Lakeside border"
            + " crossing, which has been closed to trade for eleven months.",
        "The agreement was signed after two days of talks in the Kenyan capital, according to a joint statement"
            + " released by both governments.",
        "\u201cThis crossing feeds thousands of families on both sides, and we will not let it stay closed,\u201d the"
            + " Kenyan foreign minister told reporters after the meeting.",
        "Trade and security",
        "Officials said customs posts would open within a week and that police from both countries would patrol"
            + " the road together.",
        "A joint committee will review the arrangement in June.",
        "Traders in the border town welcomed the news but said they would wait to see whether the promises were kept.");
  }

  @Test
  void mainTextDropsNavigationShareCommentsRelatedScriptsAndFooters() {
    String text = extractor.extract(newsPage()).text();

    assertThat(text).doesNotContain("Politics", "Share on", "Leave a Reply", "Finally some good news",
        "Related articles", "Dam talks", "newsletter", "cookies", "Advertisement", "loadAd", "dataLayer",
        "All rights reserved", "Most read", "Tags:", "Skip to content", "Home");
  }

  @Test
  void cleanedProblemSummarisesWhatWasRemoved() {
    Problem cleaned = extractor.extract(newsPage()).cleaned().orElseThrow();

    assertThat(cleaned.kind()).isEqualTo(Problem.Kind.HTML_CLEANED);
    assertThat(cleaned.message())
        .startsWith("removed ")
        .contains("navigation", "1 share", "1 comment", "1 related-articles", "1 cookie-banner", "script")
        .endsWith("blocks; main text from <article id=\"post-4711\">");
  }

  @Test
  void metadataComesFromOpenGraphAndCanonicalLink() {
    Metadata page = extractor.extract(newsPage()).page();

    assertThat(page.title()).isEqualTo("Ministers agree to reopen the Lakeside crossing");
    assertThat(page.date()).isEqualTo(LocalDate.of(2024, 3, 14));
    assertThat(page.url()).isEqualTo("https://meridian.example/world/lakeside-crossing");
  }

  @Test
  void titleTagLosesTheKnownSiteNameSuffix() {
    String html = "<html><head><title>Talks collapse in Geneva | World Wire</title>"
        + "<meta property=\"og:site_name\" content=\"World Wire\"></head><body><p>Text.</p></body></html>";

    assertThat(extractor.extract(html).page().title()).isEqualTo("Talks collapse in Geneva");
  }

  @Test
  void titleTagKeepsASuffixThatIsNotTheSiteName() {
    String html = "<html><head><title>Peace - or not</title></head><body><p>Text.</p></body></html>";

    assertThat(extractor.extract(html).page().title()).isEqualTo("Peace - or not");
  }

  @Test
  void firstHeadingIsTheTitleWithoutOtherSources() {
    String html = "<body><h1>Rebels  take the airport</h1><p>Text.</p></body>";

    assertThat(extractor.extract(html).page().title()).isEqualTo("Rebels take the airport");
  }

  @Test
  void dateComesFromJsonLdWhenNoMetaTagGivesIt() {
    String html = "<html><head><script type=\"application/ld+json\">"
        + "{\"@graph\": [{\"@type\": \"WebPage\"}, {\"@type\": \"NewsArticle\", \"datePublished\": \"2023-11-02T08:00:00Z\"}]}"
        + "</script></head><body><article><time datetime=\"2020-01-01\">old</time><p>Text.</p></article></body></html>";

    assertThat(extractor.extract(html).page().date()).isEqualTo(LocalDate.of(2023, 11, 2));
  }

  @Test
  void dateComesFromNamedMetaTagOrTimeElement() {
    assertThat(extractor.extract("<meta name=\"pubdate\" content=\"20220105\"><p>x</p>").page().date())
        .isEqualTo(LocalDate.of(2022, 1, 5));
    assertThat(extractor.extract("<meta name=\"DC.date\" content=\"2021-07-30\"><p>x</p>").page().date())
        .isEqualTo(LocalDate.of(2021, 7, 30));
    assertThat(extractor.extract("<article><time datetime=\"2019-05-06T10:00\">May 6</time><p>x</p></article>")
        .page().date()).isEqualTo(LocalDate.of(2019, 5, 6));
  }

  @Test
  void brokenJsonLdIsIgnored() {
    String html = "<script type=\"application/ld+json\">{\"datePublished\": </script><p>Text.</p>";

    assertThat(extractor.extract(html).page().date()).isNull();
  }

  @Test
  void urlFallsBackToOpenGraph() {
    String html = "<meta property=\"og:url\" content=\"https://x.example/a\"><p>Text.</p>";

    assertThat(extractor.extract(html).page().url()).isEqualTo("https://x.example/a");
  }

  @Test
  void malformedHtmlGivesTextWithoutThrowing() {
    String html = "<html><body><div><p>First paragraph <b>bold<p>Second paragraph</div></div></div>"
        + "<p>Third <i>unclosed.</body>";

    assertThatCode(() -> extractor.extract(html)).doesNotThrowAnyException();
    assertThat(paragraphs(extractor.extract(html).text()))
        .containsExactly("First paragraph bold", "Second paragraph", "Third unclosed.");
  }

  @Test
  void withoutArticleElementTheElementWithMostParagraphTextWins() {
    String html = "<body><div class=\"teaser\"><p>Short teaser.</p></div>"
        + "<div class=\"story\"><p>A long first paragraph of the story itself.</p>"
        + "<p>A second paragraph of the story.</p></div></body>";

    HtmlExtraction x = extractor.extract(html);

    assertThat(x.text()).isEqualTo("A long first paragraph of the story itself.\n\nA second paragraph of the story.");
    assertThat(x.container()).isEqualTo("<div class=\"story\">");
  }

  @Test
  void withoutArticleElementSiblingParagraphsThatReadLikeTextJoin() {
    String html = "<body><div class=\"story\"><p>A long first paragraph of the story itself.</p>"
        + "<p>A second paragraph of the story.</p></div><p>A stray last paragraph.</p><p><a href=\"/\">Home</a></p>"
        + "<div class=\"teaser\"><p>Teaser</p></div></body>";

    HtmlExtraction x = extractor.extract(html);

    assertThat(paragraphs(x.text())).containsExactly(
        "A long first paragraph of the story itself.", "A second paragraph of the story.", "A stray last paragraph.");
    assertThat(x.container()).isEqualTo("<div class=\"story\"> and 1 sibling");
  }

  @Test
  void brSeparatedLinesAndBareDivsBecomeParagraphs() {
    String html = "<article><div>First line<br>second line<br/><br>third line</div><div>Bare   div\n text</div></article>";

    assertThat(paragraphs(extractor.extract(html).text()))
        .containsExactly("First line", "second line", "third line", "Bare div text");
  }

  @Test
  void listItemsAndHeadingsAreOwnParagraphs() {
    String html = "<main><h2>Demands</h2><ul><li>a ceasefire</li><li>the release of prisoners</li></ul></main>";

    assertThat(paragraphs(extractor.extract(html).text()))
        .containsExactly("Demands", "a ceasefire", "the release of prisoners");
  }

  @Test
  void inlineElementsDoNotSplitWords() {
    String html = "<p>The <b>UN</b>-backed talks&nbsp;resumed in <a href=\"#\">Doha</a>.</p>";

    assertThat(extractor.extract(html).text()).isEqualTo("The UN-backed talks resumed in Doha.");
  }

  @Test
  void commentFormHeadingIsDroppedEvenWithoutMarkedContainer() {
    String html = "<article><p>Story text.</p><div><h3>Leave a Reply</h3><p>Your email is safe.</p></div></article>";

    assertThat(extractor.extract(html).text()).doesNotContain("Leave a Reply");
  }

  @Test
  void hiddenElementsAreDropped() {
    String html = "<article><p>Visible.</p><p style=\"display: none\">Invisible.</p><p hidden>Also not.</p></article>";

    assertThat(extractor.extract(html).text()).isEqualTo("Visible.");
  }

  @Test
  void commentArticlesDoNotWinOverTheStory() {
    String html = "<body><article class=\"story\"><p>The story.</p></article><section id=\"comments\">"
        + "<article class=\"comment\"><p>A very long comment that is longer than the story itself by far.</p></article>"
        + "</section></body>";

    assertThat(extractor.extract(html).text()).isEqualTo("The story.");
  }

  @Test
  void deeplyNestedHtmlIsExtractedQuickly() {
    String html = "<div>".repeat(50_000) + "<h1>Deep</h1><p>Deep text.</p>";

    HtmlExtraction x = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> extractor.extract(html));

    assertThat(x.text()).isEqualTo("Deep\n\nDeep text.");
    assertThat(x.page().title()).isEqualTo("Deep");
  }

  @Test
  void pageWithoutTextGivesEmptyText() {
    assertThat(extractor.extract("<html><body><nav>Home</nav><script>x()</script></body></html>").text()).isEmpty();
  }
}
