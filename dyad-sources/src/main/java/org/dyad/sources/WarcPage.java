package org.dyad.sources;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.dyad.input.ArticleReader;
import org.dyad.input.Metadata;
import org.dyad.input.SourceDocument;
import org.dyad.model.Problem;

/**
 * One HTML page taken from a WARC response record, not yet decoded: {@link #read} undoes the HTTP
 * Content-Encoding (gzip, deflate), decodes the charset and extracts the article. The URL is the
 * record's target URI; the date is the page's own, else the crawl date (WARC-Date, in UTC).
 */
record WarcPage(String origin, String recordId, String url, LocalDate crawlDate, String contentEncoding,
    String charset, byte[] body) {
  private static final Set<String> SUPPORTED_ENCODINGS = Set.of("", "identity", "none", "gzip", "x-gzip", "deflate");

  SourceDocument read(ArticleReader reader) {
    Metadata hints = new Metadata(null, null, null, url);
    if (body.length > WarcSource.MAX_PAGE_BYTES) {
      return tooLarge(hints);
    }
    String encoding = contentEncoding == null ? "identity" : contentEncoding.strip().toLowerCase(Locale.ROOT);
    if (!SUPPORTED_ENCODINGS.contains(encoding)) {
      return Failures.document(recordId, hints, Problem.Kind.MALFORMED, "page " + origin + " has Content-Encoding '"
          + contentEncoding + "'; expected gzip, deflate or identity");
    }
    byte[] bytes;
    try {
      bytes = decoded(encoding);
    } catch (IOException e) {
      return Failures.document(recordId, hints, Problem.Kind.MALFORMED, "page " + origin
          + " cannot be decoded (Content-Encoding " + contentEncoding + "): " + Failures.describe(e));
    }
    if (bytes.length > WarcSource.MAX_PAGE_BYTES) {
      return tooLarge(hints);
    }
    return withCrawlDate(HtmlBytes.read(reader, bytes, charset, hints));
  }

  private SourceDocument tooLarge(Metadata hints) {
    return Failures.document(recordId, hints, Problem.Kind.TOO_LARGE,
        "page " + origin + " is larger than " + WarcSource.MAX_PAGE_BYTES + " bytes; not read");
  }

  private byte[] decoded(String encoding) throws IOException {
    return switch (encoding) {
      case "gzip", "x-gzip" -> readCapped(new GZIPInputStream(new ByteArrayInputStream(body)));
      case "deflate" -> inflate();
      default -> body;
    };
  }

  /** HTTP deflate is meant to be zlib-wrapped, but some servers send raw deflate. */
  private byte[] inflate() throws IOException {
    try {
      return readCapped(new InflaterInputStream(new ByteArrayInputStream(body)));
    } catch (IOException e) {
      return readCapped(new InflaterInputStream(new ByteArrayInputStream(body), new Inflater(true)));
    }
  }

  private static byte[] readCapped(InputStream in) throws IOException {
    try (in) {
      return in.readNBytes(WarcSource.MAX_PAGE_BYTES + 1);
    }
  }

  /** The page's date when it has one; else the crawl date, with a note saying so. */
  private SourceDocument withCrawlDate(SourceDocument doc) {
    if (doc.date() != null || crawlDate == null) {
      return doc;
    }
    List<Problem> problems = new ArrayList<>();
    for (Problem p : doc.problems()) {
      if (!(p.kind() == Problem.Kind.MISSING_METADATA && p.message().contains("publication date"))) {
        problems.add(p);
      }
    }
    if (!doc.fatal()) {
      problems.add(Problem.of(Problem.Kind.MISSING_METADATA,
          "no publication date in the page; the crawl date (WARC-Date) " + crawlDate + " stands in"));
    }
    return new SourceDocument(doc.id(), doc.title(), crawlDate, doc.url(), doc.format(), doc.text(), problems);
  }
}
