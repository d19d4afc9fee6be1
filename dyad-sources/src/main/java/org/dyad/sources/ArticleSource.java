package org.dyad.sources;

import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazily read stream of articles from one input (file, directory, feed, archive); bad items become
 * documents with problems. It can be iterated once: the iterator reads the input as it goes, and an
 * item's {@link SourceItem#document()} does the decoding, so items can be decoded in parallel. Closing
 * releases any open file; a source used up by its iterator has closed its files already.
 */
public interface ArticleSource extends Iterable<SourceItem>, AutoCloseable {
  /** The items in input order; throws {@link IllegalStateException} when called a second time. */
  @Override
  Iterator<SourceItem> iterator();

  /** The items as a sequential stream (of the one iteration). */
  default Stream<SourceItem> stream() {
    return StreamSupport.stream(spliterator(), false);
  }

  /** Inputs passed over so far (hidden files, unknown extensions, non-article records), in order. */
  default List<Skipped> skipped() {
    return List.of();
  }

  @Override
  void close();
}
