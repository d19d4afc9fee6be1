package org.dyad.sources;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.dyad.input.ArticleReader;
import org.dyad.input.Metadata;
import org.dyad.model.Problem;

/**
 * The entries of an RSS or Atom feed file (Rome), one article each: origin {@code feed.xml#N} (from 1).
 * The file is parsed whole when the iteration starts (feeds are small; larger than {@value
 * #MAX_FEED_BYTES} bytes is refused); a feed that cannot be parsed becomes one MALFORMED item.
 */
final class FeedSource extends SingleUseSource {
  static final long MAX_FEED_BYTES = 64L * 1024 * 1024;

  private final Path file;
  private final ArticleReader reader;
  private final SkipLog skips;

  FeedSource(Path file, ArticleReader reader, SkipLog skips) {
    this.file = file;
    this.reader = reader;
    this.skips = skips;
  }

  @Override
  Iterator<SourceItem> items() {
    return new LazyIterator<>() {
      private Iterator<SourceItem> items;

      @Override
      protected SourceItem advance() {
        if (items == null) {
          items = parse().iterator();
        }
        return items.hasNext() ? items.next() : null;
      }
    };
  }

  private List<SourceItem> parse() {
    String name = file.toString();
    SyndFeed feed;
    try {
      long size = Files.size(file);
      if (size > MAX_FEED_BYTES) {
        return List.of(SourceItem.of(name, Failures.document(name, Metadata.NONE, Problem.Kind.TOO_LARGE,
            "feed " + name + " has " + size + " bytes; feeds larger than " + MAX_FEED_BYTES + " are not read")));
      }
      try (InputStream in = Files.newInputStream(file)) {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        feed = input.build(new XmlReader(in));
      }
    } catch (IOException e) {
      return List.of(SourceItem.of(name, Failures.unreadable(name, e)));
    } catch (FeedException | IllegalArgumentException e) {
      return List.of(SourceItem.of(name, Failures.document(name, Metadata.NONE, Problem.Kind.MALFORMED,
          name + " is not a readable RSS or Atom feed: " + Failures.describe(e))));
    }
    List<SyndEntry> entries = feed.getEntries() == null ? Collections.emptyList() : feed.getEntries();
    if (entries.isEmpty()) {
      skips.add(name, "a feed without entries");
    }
    List<SourceItem> items = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      FeedEntry entry = FeedEntry.of(entries.get(i));
      String origin = name + "#" + (i + 1);
      items.add(new SourceItem(origin, () -> entry.read(reader, origin)));
    }
    return items;
  }

  @Override
  public void close() {
    // The feed is read and closed when the iteration starts.
  }
}
