package org.dyad.text;

/**
 * Step 2b: inserts the missing space after a comma or semicolon glued between two letters
 * ("cooperation,the" becomes "cooperation, the") and after "…" glued between two words
 * ("established…have"). Numbers ("1,000") and addresses are left alone.
 */
final class ClauseGlue implements CleaningStep {
  @Override
  public void apply(EditableText text) {
    Tokens.forEach(text, (start, end, newlinesBefore) -> {
      if (Tokens.isAddress(text, start, end)) {
        return;
      }
      for (int i = start + 1; i < end - 1; i++) {
        if (isGlued(text, i)) {
          text.insert(i + 1, " ", Repair.SPACE);
        }
      }
    });
  }

  private static boolean isGlued(CharSequence text, int i) {
    char c = text.charAt(i);
    char before = text.charAt(i - 1);
    char after = text.charAt(i + 1);
    if (c == ',' || c == ';') {
      return Character.isLetter(before) && Character.isLetter(after);
    }
    return c == '\u2026' && Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after);
  }
}
