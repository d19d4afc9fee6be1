package org.dyad.geo;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.data.BundledData;
import org.dyad.text.Accents;

/** How place names are compared: the lookup key, and the words that mark a region ("Kaduna state"). */
final class Names {
  private static final Pattern APOSTROPHES = Pattern.compile("['’‘`ʼʿʾ]");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-‐–.]+");
  private static final Pattern SAINT = Pattern.compile("\\bst ");
  /** The Arabic article as GeoNames transliterates it, assimilated or not ("Al Ḩasakah", "Az Zāwiyah", "El-Fasher"). */
  private static final Pattern ARABIC_ARTICLE = Pattern.compile("^(?:[AaEe]l[- ]|[Aa](?:[dnrstz]|sh|th|dh) )(?=\\p{Lu})");
  private static final int MIN_BARE_LETTERS = 4;
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
    String s = Accents.strip(name);
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

  /** News drops what GeoNames adds: "Washington, D.C." is "Washington", "New York City" "New York". */
  static String shortForm(String townName) {
    int comma = townName.indexOf(", ");
    if (comma > 0) {
      return townName.substring(0, comma);
    }
    return townName.endsWith(" City") && townName.length() > 5 ? townName.substring(0, townName.length() - 5) : townName;
  }

  /** Whether {@code key} is the place's own name {@code name} (or its short form, or without its region word), not one of its other names. */
  static boolean ownName(String name, String key) {
    return key(name).equals(key) || key(shortForm(name)).equals(key) || key(withoutRegionWord(name)).equals(key);
  }

  /**
   * A town's name without its Arabic article, as news often writes it ("Hasakah", "Hodeidah"), or
   * null when it has none or too little would be left. "El Paso" keeps its article: only "El-" with a
   * hyphen is taken for the Arabic one.
   */
  static String withoutArabicArticle(String name) {
    java.util.regex.Matcher m = ARABIC_ARTICLE.matcher(name);
    if (!m.find() || name.startsWith("El ")) {
      return null;
    }
    String rest = name.substring(m.end());
    return rest.length() >= MIN_BARE_LETTERS && rest.indexOf(' ') < 0 ? rest : null;
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
