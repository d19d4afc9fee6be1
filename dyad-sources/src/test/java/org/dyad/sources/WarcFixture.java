package org.dyad.sources;

import static org.dyad.sources.Fixtures.BORDER;
import static org.dyad.sources.Fixtures.BORDER_2;
import static org.dyad.sources.Fixtures.FLOOD;
import static org.dyad.sources.Fixtures.PORT;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * A small crawl written with jwarc: a request, two 200 HTML responses (the second gzip-encoded and
 * without a date of its own), a 404 page, a PNG image and a robots.txt. Knows each record's offset.
 */
final class WarcFixture {
  static final String BORDER_URL = "https://example.org/news/border";
  static final String PORT_URL = "https://example.org/news/port";
  static final Instant CRAWLED = Instant.parse("2024-06-01T23:30:00Z");
  static final String BORDER_PAGE = Fixtures.page("Border talks end without a deal", "2024-03-05T10:00:00Z",
      BORDER, BORDER_2);
  static final String PORT_PAGE = Fixtures.page("Dock workers strike", null, PORT, FLOOD);

  /** Where each record starts in the file, in the order written. */
  final List<Long> offsets = new ArrayList<>();

  static WarcFixture write(Path file, WarcCompression compression) throws IOException {
    WarcFixture fixture = new WarcFixture();
    try (WarcWriter writer = new WarcWriter(
        FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING),
        compression)) {
      fixture.add(writer, new WarcRequest.Builder(URI.create(BORDER_URL)).date(CRAWLED)
          .body(new HttpRequest.Builder("GET", "/news/border").addHeader("Host", "example.org").build()).build());
      fixture.add(writer, response(BORDER_URL, 200, MediaType.HTML_UTF8, BORDER_PAGE.getBytes(StandardCharsets.UTF_8), null));
      fixture.add(writer, response(PORT_URL, 200, MediaType.parse("text/html; charset=UTF-8"),
          gzip(PORT_PAGE.getBytes(StandardCharsets.UTF_8)), "gzip"));
      fixture.add(writer, response("https://example.org/news/gone", 404, MediaType.HTML,
          Fixtures.page("Not found", null, "The page you asked for is not here.").getBytes(StandardCharsets.UTF_8), null));
      fixture.add(writer, response("https://example.org/logo.png", 200, MediaType.parse("image/png"),
          new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, null));
      fixture.add(writer, response("https://example.org/robots.txt", 200, MediaType.PLAIN_TEXT,
          "User-agent: *\nDisallow:\n".getBytes(StandardCharsets.UTF_8), null));
    }
    return fixture;
  }

  long borderOffset() {
    return offsets.get(1);
  }

  long portOffset() {
    return offsets.get(2);
  }

  private void add(WarcWriter writer, WarcRecord record) throws IOException {
    offsets.add(writer.position());
    writer.write(record);
  }

  private static WarcResponse response(String url, int status, MediaType type, byte[] body, String encoding)
      throws IOException {
    HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found").body(type, body);
    if (encoding != null) {
      http.addHeader("Content-Encoding", encoding);
    }
    return new WarcResponse.Builder(URI.create(url)).date(CRAWLED).body(http.build()).build();
  }

  static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }
}
