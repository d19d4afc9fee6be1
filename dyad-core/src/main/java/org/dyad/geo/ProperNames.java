package org.dyad.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs of capitalised words in a text ("El Fasher", "North Darfur", "KADUNA"), with their offsets:
 * where place names can be. Joining words of names ("Port of Spain", "Dar es Salaam", "Umm al-Qura")
 * stay inside a run; a run does not cross punctuation.
 */
final class ProperNames {
  private static final Pattern RUN = Pattern.compile(
      "\\p{Lu}[\\p{L}\\p{M}'’ʿ.\\-]*(?:\\s(?:(?:of|es|al|el|de|du|la|le|do|da|dos|das|am|an|upon|sur)\\s)?\\p{Lu}[\\p{L}\\p{M}'’ʿ.\\-]*)*");

  /** One run: its text and where it is. */
  record Run(String text, int start, int end) {
    /** The run's words from word {@code from} (0-based) to the end, with their offsets. */
    Run from(int from) {
      int at = 0;
      for (int i = 0; i < from; i++) {
        at = text.indexOf(' ', at) + 1;
      }
      return new Run(text.substring(at), start + at, end);
    }

    /** The run's first {@code n} words. */
    Run first(int n) {
      int at = -1;
      for (int i = 0; i < n; i++) {
        at = text.indexOf(' ', at + 1);
        if (at < 0) {
          return this;
        }
      }
      return new Run(text.substring(0, at), start, start + at);
    }

    /** The words from {@code from} to {@code to} (exclusive), with their offsets. */
    Run words(int from, int to) {
      Run tail = from(from);
      return tail.first(to - from);
    }

    int words() {
      return text.split(" ").length;
    }
  }

  private ProperNames() {}

  static List<Run> in(String text, int from, int to) {
    List<Run> out = new ArrayList<>();
    Matcher m = RUN.matcher(text).region(from, to);
    while (m.find()) {
      String t = m.group();
      int end = m.end();
      if (t.endsWith("'s") || t.endsWith("’s")) {
        t = t.substring(0, t.length() - 2); // "Lebanon's second city": the owner's name
        end -= 2;
      }
      while (!t.isEmpty() && ".-'’".indexOf(t.charAt(t.length() - 1)) >= 0) {
        t = t.substring(0, t.length() - 1); // "in Kaduna." ends the sentence, not the name
        end--;
      }
      if (!t.isEmpty()) {
        out.add(new Run(t.replaceAll("\\s+", " "), m.start(), end));
      }
    }
    return out;
  }
}
