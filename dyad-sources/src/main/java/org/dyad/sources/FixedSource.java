package org.dyad.sources;

import java.util.Iterator;
import java.util.List;

/** A source of items known in advance: one article file, or one failure. */
final class FixedSource extends SingleUseSource {
  private final List<SourceItem> items;

  FixedSource(List<SourceItem> items) {
    this.items = List.copyOf(items);
  }

  static FixedSource of(SourceItem item) {
    return new FixedSource(List.of(item));
  }

  @Override
  Iterator<SourceItem> items() {
    return items.iterator();
  }

  @Override
  public void close() {
    // Nothing is open: an item reads its file when asked.
  }
}
