package org.dyad.input;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.input.SourceDocument.Format;

/**
 * Tells HTML from plain text: HTML when the content (after a BOM and whitespace) starts with a
 * doctype, an {@code <html>} tag or a typical content tag, or when its first {@value #SAMPLE}
 * characters hold at least {@value #MIN_TAGS} typical tags that make up at least 1% of them.
 */
public final class FormatDetector {
  static final int SAMPLE = 2048;
  static final int MIN_TAGS = 2;
  private static final double MIN_MARKUP_SHARE = 0.01;
  private static final Pattern TYPICAL_TAG = Pattern.compile(
      "</?(?:body|p|div|article|section|main|span|h[1-6]|br|ul|ol|li|a|table|head|meta|title)(?:\\s[^<>]*)?/?>",
      Pattern.CASE_INSENSITIVE);

  private FormatDetector() {}

  public static Format detect(String content) {
    Args.notNull(content, "content");
    String sample = content.substring(0, Math.min(content.length(), SAMPLE));
    String start = stripLeading(sample).toLowerCase(Locale.ROOT);
    if (start.startsWith("<!doctype html") || start.startsWith("<html")
        || (start.startsWith("<?xml") && start.contains("<html"))) {
      return Format.HTML;
    }
    Matcher m = TYPICAL_TAG.matcher(sample);
    int tags = 0;
    int markup = 0;
    while (m.find()) {
      if (m.start() == sample.length() - start.length()) {
        return Format.HTML;
      }
      tags++;
      markup += m.end() - m.start();
    }
    return tags >= MIN_TAGS && markup >= MIN_MARKUP_SHARE * sample.length() ? Format.HTML : Format.TEXT;
  }

  private static String stripLeading(String s) {
    int i = 0;
    while (i < s.length() && (s.charAt(i) == '\uFEFF' || Character.isWhitespace(s.charAt(i)))) {
      i++;
    }
    return s.substring(i);
  }
}
