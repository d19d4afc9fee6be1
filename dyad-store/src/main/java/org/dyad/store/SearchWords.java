package org.dyad.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dyad.text.Accents;

/**
 * The words a search matches, in one form for the store and the query alike: lower case, accents
 * dropped ("Erdoğan" is "erdogan"), every run of characters that are not letters or digits one space,
 * with a space at each end (" bashar al assad s "). Searching is then a portable substring search,
 * the same on H2 and PostgreSQL: a term matches where a word starts (" assad"), never inside one
 * ("ambassador" does not match "assad").
 */
final class SearchWords {
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private SearchWords() {}

  /** The normalised words of these texts (nulls skipped), space-delimited with a space at each end. */
  static String of(String... texts) {
    StringBuilder out = new StringBuilder(" ");
    for (String text : texts) {
      for (String term : terms(text)) {
        out.append(term).append(' ');
      }
    }
    return out.toString();
  }

  /** The normalised words of a text in order; none for null or for text without letters or digits. */
  static List<String> terms(String text) {
    if (text == null) {
      return List.of();
    }
    String folded = Accents.strip(text);
    List<String> out = new ArrayList<>();
    for (String word : NOT_WORD.split(folded.toLowerCase(Locale.ROOT))) {
      if (!word.isEmpty()) {
        out.add(word);
      }
    }
    return out;
  }

  /**
   * A condition that {@code column} (words as {@link #of} writes them) has, for each term, a word that
   * starts with it; adds one argument per term. A search for " term" by POSITION, not LIKE: no
   * wildcards to escape, and it runs as a plain substring search on both databases (LIKE '% term%'
   * backtracked at every space on H2, up to ten times slower). No terms is no match.
   */
  static String condition(String column, List<String> terms, List<Object> args) {
    if (terms.isEmpty()) {
      return "1 = 0";
    }
    List<String> found = new ArrayList<>();
    for (String term : terms) {
      found.add("POSITION(? IN " + column + ") > 0");
      args.add(" " + term);
    }
    return "(" + String.join(" AND ", found) + ")";
  }
}
