package org.dyad.actors;

import java.util.Locale;
import org.dyad.text.Accents;

/** How names are compared: one key for every wording that differs only in case, hyphens, spaces or apostrophes. */
public final class Names {
  private Names() {}

  /**
   * The lookup key of a name: lowercase, accents removed, hyphens and runs of spaces as one space,
   * apostrophes and periods dropped ("Al-Quds Al-Arabi" and "al quds al-arabi" share "al quds al arabi").
   */
  public static String key(CharSequence name) {
    StringBuilder sb = new StringBuilder(name.length());
    boolean space = true;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '\'' || c == '’' || c == '‘' || c == '.' || c == 'ʼ' || c == '`') {
        continue;
      }
      if (Character.isWhitespace(c) || c == '-' || c == '‐' || c == '‑' || c == '–' || c == '_') {
        if (!space) {
          sb.append(' ');
          space = true;
        }
        continue;
      }
      sb.append(Character.toLowerCase(c));
      space = false;
    }
    int len = sb.length();
    if (len > 0 && sb.charAt(len - 1) == ' ') {
      sb.setLength(len - 1);
    }
    String s = sb.toString();
    return isAscii(s) ? s : Accents.strip(s);
  }

  /** A stable lowercase id made of letters, digits and hyphens: "Layla Al-Mansour" -> "layla-al-mansour". */
  public static String slug(String name) {
    return key(name).replace(' ', '-').replaceAll("[^a-z0-9-]", "");
  }

  /** An uppercase code of letters from a name, at most 12 long: "Archyde News" -> "ARCHYDENEWS". */
  public static String code(String name) {
    String letters = key(name).replaceAll("[^a-z0-9]", "").toUpperCase(Locale.ROOT);
    return letters.length() > 12 ? letters.substring(0, 12) : letters;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }
}
