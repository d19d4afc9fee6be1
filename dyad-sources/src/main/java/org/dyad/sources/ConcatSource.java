package org.dyad.sources;

import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

/**
 * The items of several sources in turn. Each source is made when the one before it is used up, and
 * closed then, so only one input is open at a time however many there are. After {@link #close()}
 * the iteration ends.
 */
final class ConcatSource extends SingleUseSource {
  private final Iterator<? extends Supplier<ArticleSource>> sources;
  private final SkipLog skips;
  private ArticleSource current;
  private volatile boolean closed;

  ConcatSource(Iterator<? extends Supplier<ArticleSource>> sources, SkipLog skips) {
    this.sources = sources;
    this.skips = skips;
  }

  @Override
  Iterator<SourceItem> items() {
    return new LazyIterator<>() {
      private Iterator<SourceItem> items;

      @Override
      protected SourceItem advance() {
        while (items == null || !items.hasNext()) {
          closeCurrent();
          if (closed || !sources.hasNext()) {
            return null;
          }
          current = sources.next().get();
          items = current.iterator();
        }
        return items.next();
      }
    };
  }

  @Override
  public List<Skipped> skipped() {
    return skips.list();
  }

  @Override
  public synchronized void close() {
    closed = true;
    closeCurrent();
  }

  private synchronized void closeCurrent() {
    if (current != null) {
      current.close();
      current = null;
    }
  }
}
