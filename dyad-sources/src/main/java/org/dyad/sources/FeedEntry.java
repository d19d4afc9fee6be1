package org.dyad.sources;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndLink;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dyad.input.ArticleReader;
import org.dyad.input.Metadata;
import org.dyad.input.SourceDocument;
import org.dyad.model.Problem;

/**
 * What dyad takes from one feed entry: title, link (else an http(s) guid or Atom id), the published
 * (else updated) date in UTC, and the content: RSS {@code content:encoded} or Atom {@code content},
 * else the description or summary. Feeds often carry only a summary, so a short text gets a note.
 */
record FeedEntry(String title, String url, LocalDate date, String content, boolean plainText) {
  /** Below this many characters of text, an entry is likely a summary rather than the whole article. */
  static final int SHORT_TEXT = 500;

  static FeedEntry of(SyndEntry entry) {
    SyndContent content = content(entry);
    Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    return new FeedEntry(
        entry.getTitle(),
        link(entry),
        date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate(),
        content == null ? null : content.getValue(),
        content != null && isPlainText(content.getType()));
  }

  /** The entry's article; never throws. The id is the hash of its text, as for any article. */
  SourceDocument read(ArticleReader reader, String origin) {
    Metadata hints = new Metadata(null, title, date, url);
    if (content == null || content.isBlank()) {
      return Failures.document(url != null ? url : origin, hints, Problem.Kind.EMPTY,
          "feed entry " + origin + " has no content, description or summary");
    }
    SourceDocument doc = plainText ? reader.fromText(content, hints) : reader.fromHtml(content, hints);
    if (!doc.fatal() && doc.text().length() < SHORT_TEXT) {
      return Failures.withProblem(doc, Problem.of(Problem.Kind.SHORT_TEXT, "feed entry gives only "
          + doc.text().length() + " characters of text: feeds often carry a summary, not the whole article"));
    }
    return doc;
  }

  /** The full content (all its parts) when there is one, else the description (RSS) or summary (Atom). */
  private static SyndContent content(SyndEntry entry) {
    List<SyndContent> contents = entry.getContents() == null ? List.of() : entry.getContents().stream()
        .filter(c -> c.getValue() != null && !c.getValue().isBlank()).toList();
    if (contents.size() == 1) {
      return contents.get(0);
    }
    if (contents.size() > 1) {
      SyndContent joined = new SyndContentImpl();
      joined.setType(contents.get(0).getType());
      joined.setValue(contents.stream().map(SyndContent::getValue).collect(Collectors.joining("\n")));
      return joined;
    }
    SyndContent description = entry.getDescription();
    return description == null || description.getValue() == null || description.getValue().isBlank()
        ? null : description;
  }

  /** Atom {@code type="text"} and {@code text/plain} are plain text; everything else (html, xhtml, none) is HTML. */
  private static boolean isPlainText(String type) {
    if (type == null) {
      return false;
    }
    String t = type.strip().toLowerCase(Locale.ROOT);
    return t.equals("text") || t.equals("text/plain");
  }

  private static String link(SyndEntry entry) {
    if (entry.getLink() != null && !entry.getLink().isBlank()) {
      return entry.getLink().strip();
    }
    if (entry.getLinks() != null) {
      for (SyndLink l : entry.getLinks()) {
        if (l.getHref() != null && !l.getHref().isBlank() && (l.getRel() == null || l.getRel().equals("alternate"))) {
          return l.getHref().strip();
        }
      }
    }
    String uri = entry.getUri();
    return uri != null && (uri.startsWith("http://") || uri.startsWith("https://")) ? uri.strip() : null;
  }
}
