package org.dyad.text;

import java.util.Locale;
import java.util.Set;

/**
 * Step 2a: inserts the missing space after sentence-final punctuation glued to the next sentence
 * ("ties.Hamas", "expert.”It", "stalled.“We") and after a title glued to a name ("Dr.Al-Mansour"; the
 * tokenizer knows "Dr." and does not end the sentence there). Only a capital or an opening quote after
 * the punctuation counts, so decimals, times and lowercase host names are never split; addresses,
 * initialisms ("U.S.", "U.S.A"), all-capital names ("ASP.NET") and file names ("report.PDF") are left
 * alone.
 */
final class SentenceGlue implements CleaningStep {
  private static final Set<String> FILE_EXTENSIONS = Set.of(
      "pdf", "doc", "docx", "txt", "csv", "xls", "xlsx", "ppt", "pptx", "jpg", "jpeg", "png", "gif",
      "zip", "htm", "html", "xml", "json", "mp3", "mp4", "exe");

  private final Abbreviations abbreviations;

  SentenceGlue(Abbreviations abbreviations) {
    this.abbreviations = abbreviations;
  }

  @Override
  public void apply(EditableText text) {
    Tokens.forEach(text, new Scan(text)::token);
  }

  /** One pass over the tokens, counting straight double quotes to tell opening from closing ones. */
  private final class Scan {
    private final EditableText text;
    private int straightQuotes;

    Scan(EditableText text) {
      this.text = text;
    }

    void token(int start, int end, int newlinesBefore) {
      straightQuotes = newlinesBefore >= 2 ? 0 : straightQuotes;
      boolean address = Tokens.isAddress(text, start, end);
      int i = start;
      while (i < end) {
        char c = text.charAt(i);
        if (!address && Chars.isTerminal(c) && i > start && canEndSentence(text.charAt(i - 1))) {
          i = afterTerminal(start, i, end);
        } else {
          straightQuotes += c == '"' ? 1 : 0;
          i++;
        }
      }
    }

    /** Inserts a space after the terminal run at {@code p} and its closing quotes if needed. */
    private int afterTerminal(int start, int p, int end) {
      int q = p;
      while (q < end && Chars.isTerminal(text.charAt(q))) {
        q++;
      }
      int runEnd = q;
      while (q < end && isClosingHere(text.charAt(q))) {
        straightQuotes += text.charAt(q) == '"' ? 1 : 0;
        q++;
      }
      if (q < end && needsSpace(start, p, runEnd, q, end)) {
        text.insert(q, " ", Repair.SPACE);
      }
      return q;
    }

    private boolean isClosingHere(char c) {
      return c == '"' ? straightQuotes % 2 == 1 : Chars.isClosing(c);
    }

    private boolean needsSpace(int start, int p, int runEnd, int q, int end) {
      char next = text.charAt(q);
      if (Chars.isOpeningQuote(next) || next == '"') {
        return true;
      }
      if (next == '(' || next == '[') {
        return q + 1 < end && Character.isUpperCase(text.charAt(q + 1));
      }
      return Character.isUpperCase(next) && startsNewWord(start, p, runEnd, q, end);
    }

    /** Whether the capitalised word at {@code q} is a new word rather than part of a dotted name. */
    private boolean startsNewWord(int start, int p, int runEnd, int q, int end) {
      int leftStart = p;
      while (leftStart > start && Character.isLetterOrDigit(text.charAt(leftStart - 1))) {
        leftStart--;
      }
      int rightEnd = q;
      while (rightEnd < end && Character.isLetter(text.charAt(rightEnd))) {
        rightEnd++;
      }
      CharSequence left = text.subSequence(leftStart, p);
      CharSequence right = text.subSequence(q, rightEnd);
      boolean singlePeriod = runEnd == p + 1 && text.charAt(p) == '.';
      if (singlePeriod && abbreviations.isTitle(left)) {
        return true;
      }
      boolean initialism = right.length() == 1
          && (left.length() == 1 || (rightEnd < end && text.charAt(rightEnd) == '.'));
      boolean capitalNames = left.length() >= 2 && right.length() >= 2 && isAllCapitals(left) && isAllCapitals(right);
      boolean wordEnds = rightEnd == end || !Character.isLetterOrDigit(text.charAt(rightEnd));
      boolean fileName = singlePeriod && isFileExtension(right) && wordEnds;
      return !initialism && !capitalNames && !fileName;
    }
  }

  private static boolean canEndSentence(char c) {
    return Character.isLetterOrDigit(c) || Chars.isClosing(c) || c == '%';
  }

  private static boolean isAllCapitals(CharSequence word) {
    return word.chars().noneMatch(Character::isLowerCase) && word.chars().anyMatch(Character::isLetter);
  }

  private static boolean isFileExtension(CharSequence word) {
    String s = word.toString();
    boolean oneCase = s.equals(s.toLowerCase(Locale.ROOT)) || s.equals(s.toUpperCase(Locale.ROOT));
    return oneCase && FILE_EXTENSIONS.contains(s.toLowerCase(Locale.ROOT));
  }
}
