package org.dyad.text;

import java.text.Normalizer;

/**
 * Step 1: normalises the characters that trouble the NLP stage, one at a time. Line breaks ("\r\n",
 * "\r", U+0085, U+2028) become "\n" and U+2029 "\n\n"; exotic spaces (no-break, thin, ideographic ...)
 * become ' '; invisible format chars (zero-width, soft hyphen, bidi marks, BOM) and stray control
 * chars are deleted; compatibility chars (ligatures, full-width and small forms, mathematical letters,
 * Arabic presentation forms) take their NFKC form; a letter with combining marks takes its NFC form.
 * Curly quotes, dashes and "…" are kept: the tokenizer and the quote finder rely on them.
 */
final class UnicodeNormalisation implements CleaningStep {
  @Override
  public void apply(EditableText text) {
    int i = 0;
    while (i < text.length()) {
      i = isPlain(text, i) ? i + 1 : normalise(text, i);
    }
  }

  /** Printable ASCII, tab or "\n", not followed by a combining mark: nothing to do. */
  private static boolean isPlain(EditableText text, int i) {
    char c = text.charAt(i);
    boolean plain = (c >= 0x20 && c < 0x7F) || c == '\n' || c == '\t';
    return plain && (i + 1 == text.length() || text.charAt(i + 1) < 0x300);
  }

  /** Normalises what starts at {@code i}; returns the index after it. */
  private static int normalise(EditableText text, int i) {
    int cp = Character.codePointAt(text, i);
    int end = i + Character.charCount(cp);
    if (cp == '\r') {
      end = end < text.length() && text.charAt(end) == '\n' ? end + 1 : end;
      text.replace(i, end, "\n", Repair.UNICODE);
      return end;
    }
    String single = replacementOf(cp);
    if (single != null) {
      text.replace(i, end, single, Repair.UNICODE);
      return end;
    }
    int sequenceEnd = endOfMarks(text, end);
    if (sequenceEnd == end && !isCompatibility(cp)) {
      return end;
    }
    String sequence = text.subSequence(i, sequenceEnd).toString();
    String normal = Normalizer.normalize(sequence, isCompatibility(cp) ? Normalizer.Form.NFKC : Normalizer.Form.NFC);
    if (!normal.equals(sequence)) {
      text.replace(i, sequenceEnd, normal, Repair.UNICODE);
    }
    return sequenceEnd;
  }

  /** The replacement of a line break, space, format or control char; null for other chars. */
  private static String replacementOf(int cp) {
    if (cp == 0x85 || cp == 0x2028) {
      return "\n";
    }
    if (cp == 0x2029) {
      return "\n\n";
    }
    int type = Character.getType(cp);
    if (type == Character.SPACE_SEPARATOR && cp != ' ') {
      return " ";
    }
    if (type == Character.FORMAT || (type == Character.CONTROL && !isKeptControl(cp))) {
      return "";
    }
    return null;
  }

  private static boolean isKeptControl(int cp) {
    return cp == '\n' || cp == '\t' || cp == '\f' || cp == 0x0B;
  }

  private static int endOfMarks(EditableText text, int i) {
    while (i < text.length() && isMark(Character.codePointAt(text, i))) {
      i += Character.charCount(Character.codePointAt(text, i));
    }
    return i;
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /** Compatibility chars whose NFKC form helps the NLP stage; others (…, ², ™) keep their meaning. */
  private static boolean isCompatibility(int cp) {
    return (cp >= 0xFB00 && cp <= 0xFDFF) // Latin, Armenian, Hebrew and Arabic presentation forms
        || (cp >= 0xFE50 && cp <= 0xFE6F) // small form variants
        || (cp >= 0xFE70 && cp <= 0xFEFE) // Arabic presentation forms-B
        || (cp >= 0xFF00 && cp <= 0xFFEF) // half-width and full-width forms
        || (cp >= 0x1D400 && cp <= 0x1D7FF) // mathematical letters and digits
        || cp == 0x0132 || cp == 0x0133 || cp == 0x013F || cp == 0x0140 || cp == 0x0149 || cp == 0x017F
        || (cp >= 0x01C4 && cp <= 0x01CC) || (cp >= 0x01F1 && cp <= 0x01F3) // Latin digraphs
        || cp == 0x2024 || cp == 0x2025; // one- and two-dot leaders
  }
}
