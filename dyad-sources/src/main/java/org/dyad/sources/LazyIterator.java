package org.dyad.sources;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** An iterator that computes each element only when asked: {@link #advance()} returns null at the end. */
abstract class LazyIterator<T> implements Iterator<T> {
  private T next;
  private boolean ended;

  /** The next element, or null when there is none; not called again after it returned null. */
  protected abstract T advance();

  @Override
  public final boolean hasNext() {
    if (next == null && !ended) {
      next = advance();
      ended = next == null;
    }
    return next != null;
  }

  @Override
  public final T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    T value = next;
    next = null;
    return value;
  }
}
