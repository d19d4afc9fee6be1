package org.dyad.sources;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dyad.input.ArticleReader;
import org.dyad.input.Metadata;
import org.dyad.model.Problem;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The HTML pages of a WARC archive (jwarc; plain or gzipped), read record by record: each response
 * record with HTTP status 200 and an HTML content type is an article at {@code file@offset}. Other
 * records are passed over (requests, metadata, other statuses, non-HTML, robots.txt), counted in one
 * note. A record whose HTTP message is broken becomes a MALFORMED item and reading goes on; a broken
 * or truncated archive ends with one MALFORMED item, since its next record cannot be found.
 */
final class WarcSource extends SingleUseSource {
  /** A page body larger than this (before or after Content-Encoding) is not kept but reported TOO_LARGE. */
  static final int MAX_PAGE_BYTES = 16 * 1024 * 1024;

  private final Path file;
  private final String name;
  private final ArticleReader reader;
  private final SkipLog skips;
  private WarcReader warc;
  private final Passed passed = new Passed();
  private int records;
  private volatile boolean closed;

  WarcSource(Path file, ArticleReader reader, SkipLog skips) {
    this.file = file;
    this.name = file.toString();
    this.reader = reader;
    this.skips = skips;
  }

  @Override
  Iterator<SourceItem> items() {
    return new LazyIterator<>() {
      private boolean done;

      @Override
      protected SourceItem advance() {
        if (done || closed) {
          return null;
        }
        if (warc == null) {
          try {
            warc = new WarcReader(file);
          } catch (IOException e) {
            done = true;
            return SourceItem.of(name, Failures.unreadable(name, e));
          }
        }
        try {
          while (true) {
            Optional<WarcRecord> record = warc.next();
            if (record.isEmpty()) {
              done = true;
              finish(true);
              return null;
            }
            Optional<SourceItem> item = item(record.get(), warc.position());
            if (item.isPresent()) {
              return item.get();
            }
          }
        } catch (IOException | RuntimeException e) {
          done = true;
          finish(false);
          String origin = name + "@" + warc.position();
          return SourceItem.of(origin, Failures.document(origin, Metadata.NONE, Problem.Kind.MALFORMED,
              "corrupt or truncated WARC archive at " + origin + ": " + Failures.describe(e)
                  + "; the rest of " + name + " is not read"));
        }
      }
    };
  }

  /**
   * The article of a record, or empty when the record is passed over. A record whose headers or HTTP
   * message are broken is one MALFORMED item; an I/O error (the archive itself is broken) is thrown.
   */
  private Optional<SourceItem> item(WarcRecord record, long position) throws IOException {
    records++;
    if (!(record instanceof WarcResponse response)) {
      return Optional.empty();
    }
    String origin = name + "@" + position;
    String target = response.target();
    if (target == null || !(target.startsWith("http://") || target.startsWith("https://"))) {
      passed.other++;
      return Optional.empty();
    }
    if (isRobotsTxt(target)) {
      passed.robots++;
      return Optional.empty();
    }
    String key = response.headers().first("WARC-Record-ID").orElse(origin);
    HttpResponse http;
    try {
      http = response.http();
    } catch (IOException | RuntimeException e) {
      return Optional.of(SourceItem.of(origin, Failures.document(key, new Metadata(null, null, null, target),
          Problem.Kind.MALFORMED, "WARC record " + origin + " holds no readable HTTP response: " + Failures.describe(e))));
    }
    if (http.status() != 200) {
      passed.notOk++;
      return Optional.empty();
    }
    MediaType type = contentType(response, http);
    if (!isHtml(type)) {
      passed.notHtml++;
      return Optional.empty();
    }
    byte[] body;
    try (InputStream in = http.body().stream()) {
      body = in.readNBytes(MAX_PAGE_BYTES + 1);
    }
    WarcPage page = new WarcPage(origin, key, target, date(record),
        http.headers().first("Content-Encoding").orElse(null), charset(type), body);
    return Optional.of(new SourceItem(origin, () -> page.read(reader)));
  }

  private static String charset(MediaType type) {
    return type.parameters().entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase("charset"))
        .map(Map.Entry::getValue)
        .findFirst().orElse(null);
  }

  private static MediaType contentType(WarcResponse response, HttpResponse http) {
    Optional<String> header = http.headers().first("Content-Type");
    if (header.isPresent()) {
      return MediaType.parseLeniently(header.get());
    }
    return response.identifiedPayloadType().orElse(MediaType.OCTET_STREAM);
  }

  static boolean isHtml(MediaType type) {
    String base = (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }

  static boolean isRobotsTxt(String target) {
    String path = target.replaceFirst("^https?://[^/?#]*", "").replaceFirst("[?#].*$", "");
    return path.equals("/robots.txt");
  }

  private static LocalDate date(WarcRecord record) {
    try {
      return record.date().atZone(ZoneOffset.UTC).toLocalDate();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Closes the archive and notes what was passed over; {@code complete} when it was read to its end. */
  private void finish(boolean complete) {
    close();
    if (passed.total() > 0) {
      skips.add(name, passed.describe());
    } else if (complete && records == 0) {
      skips.add(name, "an archive without records");
    }
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (warc != null) {
      try {
        warc.close();
      } catch (IOException e) {
        // Closing an archive we only read loses nothing.
      }
    }
  }

  /** Counts of the HTTP responses that are no articles. */
  private static final class Passed {
    int notOk;
    int notHtml;
    int robots;
    int other;

    int total() {
      return notOk + notHtml + robots + other;
    }

    String describe() {
      List<String> parts = new ArrayList<>();
      if (notOk > 0) {
        parts.add(notOk + " with an HTTP status other than 200");
      }
      if (notHtml > 0) {
        parts.add(notHtml + " not HTML");
      }
      if (robots > 0) {
        parts.add(robots + " robots.txt");
      }
      if (other > 0) {
        parts.add(other + " not HTTP");
      }
      return "responses passed over: " + String.join(", ", parts);
    }
  }
}
