package org.dyad.sources;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The headline of a plain text: its first line when it stands apart as a headline does, short, set
 * off by a blank line from more text, and not ending as a sentence or a clause does (a full stop,
 * comma, colon or semicolon). A text that starts with its first paragraph has none: a dateline
 * paragraph ("DAMASCUS, December 8 - Syrian authorities ... said.") ends with a full stop, and a hard
 * line break inside a paragraph is not followed by a blank line.
 */
final class Headline {
  /** Longest headline taken, in characters; longer first lines are paragraphs. */
  static final int MAX_LENGTH = 200;
  private static final Pattern LINE_BREAK = Pattern.compile("\\R");

  private Headline() {}

  static Optional<String> of(String text) {
    String[] lines = LINE_BREAK.split(text, -1);
    int first = 0;
    while (first < lines.length && lines[first].isBlank()) {
      first++;
    }
    if (first + 2 >= lines.length || !lines[first + 1].isBlank() || !hasTextFrom(lines, first + 2)) {
      return Optional.empty();
    }
    String line = lines[first].strip();
    boolean sentence = ".,:;".indexOf(line.charAt(line.length() - 1)) >= 0;
    return line.length() > MAX_LENGTH || sentence ? Optional.empty() : Optional.of(line);
  }

  private static boolean hasTextFrom(String[] lines, int from) {
    for (int i = from; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        return true;
      }
    }
    return false;
  }
}
