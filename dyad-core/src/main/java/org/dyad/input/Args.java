package org.dyad.input;

/** Argument checks of this package's API: a programmer's mistake fails at once, with the argument's name. */
final class Args {
  private Args() {}

  static <T> T notNull(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }
}
