package org.dyad.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.model.DyadException;

/**
 * Frequent ordinary English words (common-words.txt). The article's own capitalisation of a word in
 * this list is no evidence that the word is a name: "Regime" in "Assad Regime" does not make every
 * "regime" a name. Immutable.
 */
final class CommonWords {
  static final String RESOURCE = "common-words.txt";

  private final Set<String> words;

  CommonWords(Set<String> words) {
    this.words = Set.copyOf(words);
  }

  /** The list bundled with dyad, read once per JVM. */
  static CommonWords bundled() {
    return Bundled.INSTANCE;
  }

  /** Whether {@code lowercaseWord} is a common word. */
  boolean contains(String lowercaseWord) {
    return words.contains(lowercaseWord);
  }

  int size() {
    return words.size();
  }

  static CommonWords parse(List<String> lines) {
    for (String line : lines) {
      if (!line.equals(line.toLowerCase(Locale.ROOT)) || line.chars().anyMatch(c -> !Character.isLetter(c))) {
        throw new DyadException(RESOURCE + ": expected one lowercase word a line, got '" + line + "'");
      }
    }
    return new CommonWords(Set.copyOf(lines));
  }

  private static final class Bundled {
    static final CommonWords INSTANCE = parse(Lexicon.lines(RESOURCE));
  }
}
