package org.dyad.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quotations: text between curly or straight double quotes, and interview lines whose
 * paragraph starts with a speaker label ("Archyde News: ...", "Dr. Layla Al-Mansour: ...").
 * Web text often has a closing mark where an opening one belongs (expert.”It suggests...”): a
 * closing mark glued to the next word with no quotation open is read as an opening mark.
 */
final class QuoteFinder {
  /** A paragraph-initial label of at most six capitalised words (with titles and hyphens), then a colon. */
  private static final Pattern LABEL = Pattern.compile(
      "(?m)^[ \\t]*((?:(?:Dr|Mr|Mrs|Ms|Prof|Gen)\\.\\s?)?\\p{Lu}[\\p{L}'’.-]*(?:[ \\t]+(?:\\p{Lu}[\\p{L}'’.-]*"
          + "|(?:al|el|bin|ibn|da|de|der|du|van|von|la|le)(?:-\\p{Lu}[\\p{L}'’.-]*)?)){0,5})[ \\t]*:[ \\t]+(\\S)");

  List<QuoteSpan> find(String text) {
    List<QuoteSpan> out = new ArrayList<>(marked(text));
    out.addAll(interviewLines(text));
    out.sort(java.util.Comparator.comparingInt(QuoteSpan::start));
    return out;
  }

  private static List<QuoteSpan> marked(String text) {
    List<QuoteSpan> out = new ArrayList<>();
    int open = -1;
    char openMark = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        open = -1; // a quotation never runs over a paragraph break unclosed
        continue;
      }
      boolean straight = c == '"';
      boolean curlyOpen = c == '“';
      boolean curlyClose = c == '”';
      if (!straight && !curlyOpen && !curlyClose) {
        continue;
      }
      if (open < 0) {
        // A closing mark with nothing open opens a quotation when words follow it (web text's
        // "expert.”It suggests", or "clear.” We" once cleaning has put the space in).
        boolean gluedToNext = i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))
            || i + 2 < text.length() && text.charAt(i + 1) == ' ' && Character.isUpperCase(text.charAt(i + 2))
                && i > 0 && ".!?".indexOf(text.charAt(i - 1)) >= 0;
        if (curlyOpen || straight || (curlyClose && gluedToNext)) {
          open = i;
          openMark = c;
        }
      } else if (curlyClose || (straight && openMark == '"') || (openMark == '”' && curlyClose)) {
        addQuote(out, text, open, i, null);
        open = -1;
      }
    }
    return out;
  }

  private static void addQuote(List<QuoteSpan> out, String text, int open, int close, QuoteSpan.Label label) {
    int start = open + 1;
    int end = close;
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new QuoteSpan(open, start, end, close, label));
    }
  }

  private static List<QuoteSpan> interviewLines(String text) {
    List<QuoteSpan> out = new ArrayList<>();
    Matcher m = LABEL.matcher(text);
    while (m.find()) {
      String label = m.group(1);
      if (label.length() > 1 && label.equals(label.toUpperCase(java.util.Locale.ROOT))) {
        continue; // "ISLAMABAD: ..." is a dateline, not a speaker
      }
      int start = m.start(2);
      int end = text.indexOf("\n\n", start);
      end = end < 0 ? text.length() : end;
      addQuote(out, text, start - 1, end, new QuoteSpan.Label(m.start(1), m.end(1)));
    }
    return out;
  }
}
