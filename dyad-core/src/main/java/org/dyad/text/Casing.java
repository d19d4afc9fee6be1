package org.dyad.text;

/** Case tests and the one case change the cleaner makes: raising letters to the case of a known form. */
final class Casing {
  private Casing() {}

  /** Has a lowercase letter and no uppercase one. */
  static boolean isLowercase(CharSequence s) {
    return s.chars().noneMatch(Character::isUpperCase) && s.chars().anyMatch(Character::isLowerCase);
  }

  /** Starts with a capital and is not all capitals ("Mansour", "McDonald"; not "NATO"). */
  static boolean isCapitalised(CharSequence s) {
    return s.length() > 0 && Character.isUpperCase(s.charAt(0)) && s.chars().anyMatch(Character::isLowerCase);
  }

  /** Whether {@code form} is {@code s} in another case, char for char. */
  static boolean fits(CharSequence s, String form) {
    return form.length() == s.length() && form.equalsIgnoreCase(s.toString());
  }

  /** Raises to uppercase each char of {@code chars} at {@code offset} that is uppercase in {@code form}. */
  static void raise(char[] chars, int offset, String form) {
    for (int k = 0; k < form.length(); k++) {
      char c = form.charAt(k);
      if (Character.isUpperCase(c) && Character.toLowerCase(c) == Character.toLowerCase(chars[offset + k])) {
        chars[offset + k] = c;
      }
    }
  }
}
