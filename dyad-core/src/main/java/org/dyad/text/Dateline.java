package org.dyad.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Step 1b: a wire dateline opening a paragraph ("YANGON, May 14 - ", "WASHINGTON (Reuters) - ",
 * "GAZA CITY, Jan 3 (AP) — ") is set apart as a paragraph of its own. Left in, the parser reads the
 * place as the subject of the first sentence ("YANGON ... have emerged") and loses its structure.
 * The city is in capitals, as the convention has it; a sentence that merely starts with a capitalised
 * word and a dash is left alone.
 */
final class Dateline implements CleaningStep {
  private static final Pattern DATELINE = Pattern.compile(
      "\\p{Lu}[\\p{Lu} .'’-]{2,40}"                                  // YANGON, GAZA CITY
      + "(?:, \\p{Lu}[\\p{L} .]{1,30}?)??"                               // , Myanmar (optional region)
      + "(?:,? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\p{L}*\\.? \\d{1,2})?" // , May 14
      + "(?: \\([\\p{L} .&-]{2,30}\\))?"                                  // (Reuters)
      + "( [-–—]{1,2} )");

  @Override
  public void apply(EditableText text) {
    String s = text.toString();
    for (int start = 0; start < s.length(); start = next(s, start)) {
      Matcher m = DATELINE.matcher(s).region(start, s.length());
      if (m.lookingAt() && isCapitalsCity(s, start) && m.end() < s.length() && hasDateOrSource(s, start, m.start(1))) {
        text.replace(m.start(1), m.end(1), "\n\n", Repair.DATELINE);
      }
    }
  }

  /**
   * A dateline says where and when, or through whom: "YANGON, May 14", "WASHINGTON (Reuters)", "GAZA
   * CITY, Gaza". A capitalised word and a dash alone ("NATO - the alliance - said") is no dateline.
   */
  private static boolean hasDateOrSource(String s, int start, int end) {
    String head = s.substring(start, end);
    return head.contains(",") || head.contains("(");
  }

  /** The start of the next paragraph (after a line break), or the text's length. */
  private static int next(String s, int from) {
    int nl = s.indexOf('\n', from);
    if (nl < 0) {
      return s.length();
    }
    int i = nl;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The dateline's first word is all capitals and at least three letters long ("YANGON", not "A"). */
  private static boolean isCapitalsCity(String s, int start) {
    int end = start;
    while (end < s.length() && Character.isLetter(s.charAt(end))) {
      end++;
    }
    String word = s.substring(start, end);
    return word.length() >= 3 && word.equals(word.toUpperCase());
  }
}
