package org.dyad.geo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.data.BundledData;

/** How place names are compared: the lookup key, and the words that mark a region ("Kaduna state"). */
final class Names {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("['’‘`ʼʿʾ]");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-‐–.]+");
  private static final Pattern SAINT = Pattern.compile("\\bst ");
  private static final Set<String> REGION_WORDS = Set.copyOf(BundledData.words("/org/dyad/geo/region-words.txt"));

  private Names() {}

  /**
   * The lookup key of a name: without accents, apostrophes and case, hyphens and dots as spaces, so
   * that "Khan Younis", "Ṣan‘ā’" and "Port-au-Prince" meet the spellings news uses.
   */
  static String key(String name) {
    String s = plain(name) ? name.toLowerCase(Locale.ROOT) : normalised(name); // most names need no normalising
    // "St. Petersburg" is GeoNames' "Saint Petersburg"
    return s.contains("st ") ? SAINT.matcher(s).replaceAll("saint ") : s;
  }

  private static String normalised(String name) {
    String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    s = APOSTROPHES.matcher(s).replaceAll("");
    return SEPARATORS.matcher(s).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
  }

  /** Letters and single inner spaces of ASCII only. */
  private static boolean plain(String name) {
    int n = name.length();
    if (n == 0 || name.charAt(0) == ' ' || name.charAt(n - 1) == ' ') {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      if (!letter && !(c == ' ' && name.charAt(i - 1) != ' ')) {
        return false;
      }
    }
    return true;
  }

  static boolean isRegionWord(String word) {
    return REGION_WORDS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** "Kaduna State" -> "Kaduna", "Donetsk Oblast" -> "Donetsk"; a name without a region word as it is. */
  static String withoutRegionWord(String name) {
    int space = name.lastIndexOf(' ');
    return space > 0 && isRegionWord(name.substring(space + 1)) ? name.substring(0, space) : name;
  }
}
