package org.dyad.sources;

import java.util.function.Supplier;
import org.dyad.input.SourceDocument;

/**
 * One article of a source, not yet decoded. {@code origin} says where it came from: a file
 * ({@code "dir/a.html"}), a line ({@code "articles.jsonl:7"}), a feed entry ({@code "feed.xml#3"}) or
 * an archive record at its byte offset ({@code "crawl.warc.gz@12345"}). {@code document} decodes it:
 * each call does the work anew, never throws, and may run on any thread.
 */
public record SourceItem(String origin, Supplier<SourceDocument> document) {
  public SourceItem {
    if (origin == null || origin.isBlank()) {
      throw new IllegalArgumentException("origin must not be blank, got '" + origin + "'");
    }
    if (document == null) {
      throw new IllegalArgumentException("document must not be null");
    }
  }

  /** An item whose document is already known (a failure found while reading the stream). */
  static SourceItem of(String origin, SourceDocument document) {
    return new SourceItem(origin, () -> document);
  }
}
