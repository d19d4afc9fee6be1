package org.dyad.sources;

import java.util.Iterator;

/** The part every source shares: one iteration only, started by {@link #items()}. */
abstract class SingleUseSource implements ArticleSource {
  private boolean iterated;

  /** The iterator of the one iteration; it opens the input when first asked for an item. */
  abstract Iterator<SourceItem> items();

  @Override
  public final synchronized Iterator<SourceItem> iterator() {
    if (iterated) {
      throw new IllegalStateException("an ArticleSource can be iterated once; open the input again to reread it");
    }
    iterated = true;
    return items();
  }
}
