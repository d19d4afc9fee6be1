package org.dyad.text;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the article itself says about the case of each word part: how often it is written in lowercase,
 * how often capitalised where a capital marks a name (inside a sentence, not on a headline line), and
 * its most frequent capitalised form. Parts are the pieces of a word between hyphens and apostrophes;
 * single letters and clitics ("s", "ll") are not counted.
 */
final class CaseEvidence {
  private static final int MIN_CAPITALISED = 2;

  private final Map<String, int[]> lowerAndCapitalised = new HashMap<>();
  private final Map<String, Integer> formCounts = new HashMap<>();
  private final Map<String, String> bestForms = new HashMap<>();

  private CaseEvidence() {}

  static CaseEvidence of(CharSequence text, List<Word> words) {
    CaseEvidence evidence = new CaseEvidence();
    for (Word word : words) {
      List<Word.Part> parts = word.parts(text);
      for (int k = 0; k < parts.size(); k++) {
        Word.Part part = parts.get(k);
        if (part.countable()) {
          boolean nameSlot = !word.onHeadline() && (k > 0 || word.position() == Position.MID);
          evidence.count(text.subSequence(part.start(), part.end()).toString(), nameSlot);
        }
      }
    }
    return evidence;
  }

  /**
   * The form the article writes a lowercase part in when it writes it capitalised, inside sentences,
   * at least twice and more often than in lowercase.
   */
  Optional<String> capitalisedForm(String lowercasePart) {
    int[] counts = lowerAndCapitalised.get(lowercasePart);
    boolean name = counts != null && counts[1] >= MIN_CAPITALISED && counts[1] > counts[0];
    return name ? Optional.of(bestForms.get(lowercasePart)) : Optional.empty();
  }

  private void count(String part, boolean nameSlot) {
    String key = part.toLowerCase(Locale.ROOT);
    if (Casing.isLowercase(part)) {
      lowerAndCapitalised.computeIfAbsent(key, k -> new int[2])[0]++;
    } else if (nameSlot && Casing.isCapitalised(part)) {
      lowerAndCapitalised.computeIfAbsent(key, k -> new int[2])[1]++;
      int n = formCounts.merge(part, 1, Integer::sum);
      String best = bestForms.get(key);
      if (best == null || n > formCounts.get(best)) {
        bestForms.put(key, part);
      }
    }
  }
}
