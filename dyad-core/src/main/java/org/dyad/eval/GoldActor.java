package org.dyad.eval;

/**
 * A political actor a gold text names: by its dyad {@code code}, by {@code name}, or both. A system
 * actor matches it when either agrees (see {@link ActorMatcher}).
 */
public record GoldActor(String code, String name) {
  public GoldActor {
    code = blankToNull(code);
    name = blankToNull(name);
    if (code == null && name == null) {
      throw new IllegalArgumentException("a gold actor needs a code or a name");
    }
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
