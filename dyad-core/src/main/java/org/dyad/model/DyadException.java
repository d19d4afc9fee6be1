package org.dyad.model;

/** The one unchecked exception family of dyad: the message says what was wrong, with the value. */
public class DyadException extends RuntimeException {
  public DyadException(String message) {
    super(message);
  }

  public DyadException(String message, Throwable cause) {
    super(message, cause);
  }
}
