package org.dyad.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.sources.Fixtures.BORDER;
import static org.dyad.sources.Fixtures.BORDER_2;
import static org.dyad.sources.Fixtures.FLOOD;
import static org.dyad.sources.Fixtures.PORT;
import static org.dyad.sources.Fixtures.READER;
import static org.dyad.sources.Fixtures.write;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.input.ContentHash;
import org.dyad.input.SourceDocument;
import org.dyad.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedSourceTest {
  @TempDir
  Path tmp;

  /** RSS 2.0: full text in content:encoded, a summary-only item, an item with no content at all. */
  static final String RSS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel>
          <title>Example News</title>
          <link>https://example.org/</link>
          <description>News for tests</description>
          <item>
            <title>Border talks end without a deal</title>
            <link>https://example.org/news/border</link>
            <guid isPermaLink="false">border-1</guid>
            <pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>
            <description>Talks in Geneva ended without a deal.</description>
            <content:encoded><![CDATA[<p>%s</p><p>%s</p><p>%s</p>]]></content:encoded>
          </item>
          <item>
            <title>Dock workers strike</title>
            <link>https://example.org/news/port</link>
            <pubDate>Mon, 12 Feb 2024 08:30:00 GMT</pubDate>
            <description>&lt;p&gt;%s&lt;/p&gt;</description>
          </item>
          <item>
            <title>Empty item</title>
            <link>https://example.org/news/empty</link>
          </item>
        </channel>
      </rss>
      """.formatted(BORDER, BORDER_2, FLOOD, PORT);

  /** Atom: HTML content with a published date; a plain-text summary with only an updated date. */
  static final String ATOM = """
      <?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom">
        <title>Example Wire</title>
        <id>urn:example:wire</id>
        <updated>2024-04-02T12:00:00Z</updated>
        <entry>
          <title>Floods in the south</title>
          <id>urn:example:wire:flood</id>
          <link rel="alternate" href="https://example.com/wire/flood"/>
          <published>2024-04-01T09:00:00Z</published>
          <updated>2024-04-02T12:00:00Z</updated>
          <content type="html">&lt;p&gt;%s&lt;/p&gt;&lt;p&gt;%s&lt;/p&gt;&lt;p&gt;%s&lt;/p&gt;</content>
        </entry>
        <entry>
          <title>Port strike</title>
          <id>https://example.com/wire/port</id>
          <updated>2024-04-03T07:15:00Z</updated>
          <summary type="text">%s</summary>
        </entry>
      </feed>
      """.formatted(FLOOD, BORDER, BORDER_2, PORT);

  @Test
  void rssItemsBecomeArticlesWithTheirFullContent() throws IOException {
    Path feed = write(tmp.resolve("news.rss"), RSS);
    try (ArticleSource source = Sources.open(feed, READER)) {
      List<SourceItem> items = Fixtures.items(source);
      assertThat(items).extracting(SourceItem::origin).containsExactly(feed + "#1", feed + "#2", feed + "#3");
      List<SourceDocument> docs = items.stream().map(i -> i.document().get()).toList();

      SourceDocument border = docs.get(0);
      assertThat(border.title()).isEqualTo("Border talks end without a deal");
      assertThat(border.url()).isEqualTo("https://example.org/news/border");
      assertThat(border.date()).isEqualTo(LocalDate.of(2024, 3, 5));
      assertThat(border.format()).isEqualTo(SourceDocument.Format.HTML);
      assertThat(border.text()).isEqualTo(BORDER + "\n\n" + BORDER_2 + "\n\n" + FLOOD);
      assertThat(border.id()).isEqualTo(ContentHash.id(border.text()));
      assertThat(border.problems()).isEmpty();

      SourceDocument port = docs.get(1);
      assertThat(port.text()).isEqualTo(PORT);
      assertThat(port.date()).isEqualTo(LocalDate.of(2024, 2, 12));
      assertThat(port.fatal()).isFalse();
      assertThat(port.problems()).extracting(Problem::kind).containsExactly(Problem.Kind.SHORT_TEXT);
      assertThat(port.problems().get(0).message()).isEqualTo("feed entry gives only " + PORT.length()
          + " characters of text: feeds often carry a summary, not the whole article");

      SourceDocument empty = docs.get(2);
      assertThat(empty.fatalProblem()).map(Problem::kind).contains(Problem.Kind.EMPTY);
      assertThat(empty.url()).isEqualTo("https://example.org/news/empty");
      assertThat(empty.title()).isEqualTo("Empty item");
    }
  }

  @Test
  void atomEntriesBecomeArticles() throws IOException {
    Path feed = write(tmp.resolve("wire.atom"), ATOM);
    try (ArticleSource source = Sources.open(feed, READER)) {
      List<SourceDocument> docs = Fixtures.documents(source);
      assertThat(docs).hasSize(2);
      SourceDocument flood = docs.get(0);
      assertThat(flood.title()).isEqualTo("Floods in the south");
      assertThat(flood.url()).isEqualTo("https://example.com/wire/flood");
      assertThat(flood.date()).isEqualTo(LocalDate.of(2024, 4, 1));
      assertThat(flood.text()).isEqualTo(FLOOD + "\n\n" + BORDER + "\n\n" + BORDER_2);
      assertThat(flood.problems()).isEmpty();

      SourceDocument port = docs.get(1);
      assertThat(port.format()).isEqualTo(SourceDocument.Format.TEXT);
      assertThat(port.text()).isEqualTo(PORT);
      assertThat(port.url()).isEqualTo("https://example.com/wire/port");
      assertThat(port.date()).isEqualTo(LocalDate.of(2024, 4, 3));
      assertThat(port.problems()).extracting(Problem::kind).containsExactly(Problem.Kind.SHORT_TEXT);
    }
  }

  @Test
  void feedsAreRecognisedByContentInXmlFiles() throws IOException {
    Path dir = tmp.resolve("feeds");
    Path rss = write(dir.resolve("a.xml"), RSS);
    Path atom = write(dir.resolve("b.xml"), ATOM);
    try (ArticleSource source = Sources.open(dir, READER)) {
      assertThat(Fixtures.items(source)).extracting(SourceItem::origin)
          .containsExactly(rss + "#1", rss + "#2", rss + "#3", atom + "#1", atom + "#2");
    }
    Path unnamed = write(tmp.resolve("feed-without-extension"), ATOM);
    try (ArticleSource source = Sources.open(unnamed, READER)) {
      assertThat(Fixtures.items(source)).extracting(SourceItem::origin).containsExactly(unnamed + "#1", unnamed + "#2");
    }
  }

  @Test
  void anUnparsableFeedIsOneMalformedItemAndReadingGoesOn() throws IOException {
    Path broken = write(tmp.resolve("broken.rss"), RSS.substring(0, RSS.indexOf("</item>")));
    Path notAFeed = write(tmp.resolve("other.xml"), "<?xml version=\"1.0\"?><catalog><book/></catalog>");
    Path next = write(tmp.resolve("next.atom"), ATOM);
    try (ArticleSource source = Sources.openAll(List.of(broken, notAFeed, next), READER)) {
      List<SourceItem> items = Fixtures.items(source);
      assertThat(items).extracting(SourceItem::origin)
          .containsExactly(broken.toString(), notAFeed.toString(), next + "#1", next + "#2");
      for (SourceItem bad : items.subList(0, 2)) {
        SourceDocument doc = bad.document().get();
        assertThat(doc.fatalProblem()).map(Problem::kind).contains(Problem.Kind.MALFORMED);
        assertThat(doc.fatalProblem().get().message()).startsWith(bad.origin() + " is not a readable RSS or Atom feed: ");
      }
    }
  }

  @Test
  void aDoctypeIsRefused() throws IOException {
    String xxe = RSS.replace("<rss version", "<!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<rss version")
        .replace("Empty item", "&x;");
    Path feed = write(tmp.resolve("xxe.rss"), xxe);
    try (ArticleSource source = Sources.open(feed, READER)) {
      List<SourceDocument> docs = Fixtures.documents(source);
      assertThat(docs).hasSize(1);
      assertThat(docs.get(0).fatalProblem()).map(Problem::kind).contains(Problem.Kind.MALFORMED);
    }
  }
}
