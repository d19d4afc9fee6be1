package org.dyad.text;

import java.util.Map;
import java.util.Optional;

/**
 * Knows the canonical capitalisation of names, e.g. from the actor dictionary. Given a lowercase
 * word ("al-mansour", "hamas") it returns the name as written ("Al-Mansour", "Hamas"), or empty.
 * Implementations should return only names that are not ordinary English words ("may", "will"),
 * and must be thread-safe.
 */
@FunctionalInterface
public interface KnownNames {
  Optional<String> canonical(String lowercaseWord);

  /** Knows no names. */
  static KnownNames none() {
    return word -> Optional.empty();
  }

  /** Knows the names of a map from lowercase word to canonical form; the map is copied. */
  static KnownNames of(Map<String, String> canonicalByLowercase) {
    Map<String, String> names = Map.copyOf(canonicalByLowercase);
    return word -> Optional.ofNullable(names.get(word));
  }

  /**
   * These names less the ordinary English words ("frank", "bush", "china"): a dictionary's name parts
   * include such words, and capitalising them in running text would invent names.
   */
  default KnownNames exceptCommonWords() {
    CommonWords common = CommonWords.bundled();
    return word -> common.contains(word) ? Optional.empty() : canonical(word);
  }
}
