package org.dyad.eval;

import org.dyad.model.DyadException;

/** A gold line that does not follow the gold format; the message names the source and line. */
public final class GoldFormatException extends DyadException {
  public GoldFormatException(String message) {
    super(message);
  }
}
