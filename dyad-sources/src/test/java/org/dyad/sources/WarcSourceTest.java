package org.dyad.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.sources.Fixtures.BORDER;
import static org.dyad.sources.Fixtures.BORDER_2;
import static org.dyad.sources.Fixtures.FLOOD;
import static org.dyad.sources.Fixtures.PORT;
import static org.dyad.sources.Fixtures.READER;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.dyad.input.ContentHash;
import org.dyad.input.SourceDocument;
import org.dyad.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcSourceTest {
  @TempDir
  Path tmp;

  private Path file(WarcCompression compression) {
    return tmp.resolve(compression == WarcCompression.GZIP ? "crawl.warc.gz" : "crawl.warc");
  }

  @ParameterizedTest
  @EnumSource(WarcCompression.class)
  void okHtmlResponsesBecomeArticlesAtTheirOffsets(WarcCompression compression) throws IOException {
    Path warc = file(compression);
    WarcFixture fixture = WarcFixture.write(warc, compression);
    try (ArticleSource source = Sources.open(warc, READER)) {
      List<SourceItem> items = Fixtures.items(source);
      assertThat(items).extracting(SourceItem::origin)
          .containsExactly(warc + "@" + fixture.borderOffset(), warc + "@" + fixture.portOffset());

      SourceDocument border = items.get(0).document().get();
      assertThat(border.url()).isEqualTo(WarcFixture.BORDER_URL);
      assertThat(border.title()).isEqualTo("Border talks end without a deal");
      assertThat(border.date()).as("the page's own date wins").isEqualTo(LocalDate.of(2024, 3, 5));
      assertThat(border.text()).isEqualTo("Border talks end without a deal\n\n" + BORDER + "\n\n" + BORDER_2);
      assertThat(border.id()).isEqualTo(ContentHash.id(border.text()));
      assertThat(border.problems()).extracting(Problem::kind).containsExactly(Problem.Kind.HTML_CLEANED);

      SourceDocument port = items.get(1).document().get();
      assertThat(port.url()).isEqualTo(WarcFixture.PORT_URL);
      assertThat(port.text()).contains(PORT).contains(FLOOD);
      assertThat(port.date()).as("the crawl date stands in").isEqualTo(LocalDate.of(2024, 6, 1));
      assertThat(port.problems()).filteredOn(p -> p.kind() == Problem.Kind.MISSING_METADATA)
          .extracting(Problem::message).containsExactly(
          "no publication date in the page; the crawl date (WARC-Date) 2024-06-01 stands in");

      assertThat(source.skipped()).containsExactly(new Skipped(warc.toString(),
          "responses passed over: 1 with an HTTP status other than 200, 1 not HTML, 1 robots.txt"));
    }
  }

  @Test
  void gzippedAndPlainArchivesGiveTheSameArticles() throws IOException {
    Path plain = file(WarcCompression.NONE);
    Path gzipped = file(WarcCompression.GZIP);
    WarcFixture.write(plain, WarcCompression.NONE);
    WarcFixture.write(gzipped, WarcCompression.GZIP);
    try (ArticleSource a = Sources.open(plain, READER); ArticleSource b = Sources.open(gzipped, READER)) {
      assertThat(Fixtures.documents(a)).isEqualTo(Fixtures.documents(b));
    }
  }

  @Test
  void archivesAreRecognisedByContentWithoutTheirExtension() throws IOException {
    Path gzipped = tmp.resolve("crawl-00001.gz");
    WarcFixture.write(gzipped, WarcCompression.GZIP);
    try (ArticleSource source = Sources.open(gzipped, READER)) {
      assertThat(Fixtures.items(source)).hasSize(2);
    }
  }

  @ParameterizedTest
  @EnumSource(WarcCompression.class)
  void aTruncatedArchiveEndsWithOneMalformedItem(WarcCompression compression) throws IOException {
    Path whole = tmp.resolve("whole");
    WarcFixture fixture = WarcFixture.write(whole, compression);
    Path warc = file(compression);
    byte[] bytes = Files.readAllBytes(whole);
    long cut = fixture.portOffset() + (fixture.offsets.get(3) - fixture.portOffset()) / 2;
    Files.write(warc, Arrays.copyOf(bytes, (int) cut));
    Path after = Fixtures.write(tmp.resolve("after.txt"), PORT);
    try (ArticleSource source = Sources.openAll(List.of(warc, after), READER)) {
      List<SourceItem> items = Fixtures.items(source);
      assertThat(items).extracting(SourceItem::origin)
          .containsExactly(warc + "@" + fixture.borderOffset(), warc + "@" + fixture.portOffset(), after.toString());
      assertThat(items.get(0).document().get().fatal()).isFalse();
      SourceDocument truncated = items.get(1).document().get();
      assertThat(truncated.fatalProblem()).map(Problem::kind).contains(Problem.Kind.MALFORMED);
      assertThat(truncated.fatalProblem().get().message()).startsWith("corrupt or truncated WARC archive at " + warc);
      assertThat(items.get(2).document().get().text()).isEqualTo(PORT);
    }
  }

  @Test
  void recordsAreReadOneAtATime() throws IOException {
    Path whole = tmp.resolve("whole");
    WarcFixture fixture = WarcFixture.write(whole, WarcCompression.GZIP);
    Path warc = file(WarcCompression.GZIP);
    byte[] bytes = Files.readAllBytes(whole);
    Files.write(warc, Arrays.copyOf(bytes, (int) fixture.portOffset() + 10));
    try (ArticleSource source = Sources.open(warc, READER)) {
      Iterator<SourceItem> it = source.iterator();
      SourceItem first = it.next();
      assertThat(first.document().get().fatal()).as("the damage further on is not seen yet").isFalse();
      assertThat(it.next().document().get().fatal()).isTrue();
      assertThat(it.hasNext()).isFalse();
    }
  }

  @Test
  void aRecordWithABrokenHttpMessageIsOneMalformedItemAndReadingGoesOn() throws IOException {
    Path warc = file(WarcCompression.GZIP);
    try (WarcWriter writer = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE))) {
      writer.write(new WarcResponse.Builder(URI.create("https://example.org/broken"))
          .body(MediaType.HTTP_RESPONSE, "no status line here\r\n\r\n".getBytes(StandardCharsets.US_ASCII)).build());
      writer.write(new WarcResponse.Builder(URI.create("https://example.org/brotli")).body(MediaType.HTTP_RESPONSE,
          "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: br\r\n\r\n\u000b\u0003\u0080"
              .getBytes(StandardCharsets.ISO_8859_1)).build());
      writer.write(new WarcResponse.Builder(URI.create(WarcFixture.BORDER_URL)).body(MediaType.HTTP_RESPONSE,
          ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + WarcFixture.BORDER_PAGE).getBytes(StandardCharsets.UTF_8))
          .build());
    }
    try (ArticleSource source = Sources.open(warc, READER)) {
      List<SourceDocument> docs = Fixtures.documents(source);
      assertThat(docs).hasSize(3);
      assertThat(docs.get(0).fatalProblem().get().message())
          .startsWith("WARC record " + warc + "@0 holds no readable HTTP response: ");
      assertThat(docs.get(0).url()).isEqualTo("https://example.org/broken");
      assertThat(docs.get(1).fatalProblem().get().message())
          .endsWith(" has Content-Encoding 'br'; expected gzip, deflate or identity");
      assertThat(docs.get(2).fatal()).isFalse();
      assertThat(docs.get(2).text()).contains(BORDER);
    }
  }

  @Test
  void archivesAndLinesInADirectoryAreReadInPlace() throws IOException {
    Path dir = tmp.resolve("mixed");
    Files.createDirectories(dir);
    Path warc = dir.resolve("b.warc.gz");
    WarcFixture fixture = WarcFixture.write(warc, WarcCompression.GZIP);
    Path lines = Fixtures.write(dir.resolve("a.jsonl"), "{\"text\": \"" + PORT + "\"}\n");
    Path text = Fixtures.write(dir.resolve("c.txt"), FLOOD);
    try (ArticleSource source = Sources.open(dir, READER)) {
      assertThat(Fixtures.items(source)).extracting(SourceItem::origin).containsExactly(lines + ":1",
          warc + "@" + fixture.borderOffset(), warc + "@" + fixture.portOffset(), text.toString());
    }
  }

  @Test
  void closingEndsTheIteration() throws IOException {
    Path warc = file(WarcCompression.GZIP);
    WarcFixture.write(warc, WarcCompression.GZIP);
    ArticleSource source = Sources.open(warc, READER);
    Iterator<SourceItem> it = source.iterator();
    SourceItem first = it.next();
    source.close();
    assertThat(it.hasNext()).isFalse();
    assertThat(first.document().get().text()).contains(BORDER);
  }

  @Test
  void anEmptyArchiveHasNoArticlesAndANote() throws IOException {
    Path warc = Files.createFile(file(WarcCompression.NONE));
    try (ArticleSource source = Sources.open(warc, READER)) {
      assertThat(Fixtures.items(source)).isEmpty();
      assertThat(source.skipped()).containsExactly(new Skipped(warc.toString(), "an archive without records"));
    }
  }
}
