package org.dyad.input;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A small, fast guess whether a text is English, from two counts: the share of letters in non-Latin
 * scripts, and the share of Latin words that are common English function words (the, of, and ...,
 * listed in {@code english-function-words.txt}). It judges only texts of at least {@value #MIN_WORDS}
 * words; each character of a script written without spaces (Han, kana, Thai ...) counts as a word.
 */
public record LanguageGuess(
    int words, int latinWords, int functionWords, int letters, int nonLatinLetters, UnicodeScript mainScript) {
  public static final int MIN_WORDS = 20;
  /** Above this share of non-Latin letters, a text is not English. */
  public static final double MAX_NON_LATIN_SHARE = 0.5;
  /**
   * Below this share of function words among its Latin words, a text is not English. English prose has
   * 35-50%, a short lede thick with names ("Somali forces arrested ... al-Shabaab commander Ahmed
   * Farah, near Kismayo") 14%; German or Spanish prose under 6%.
   */
  public static final double MIN_FUNCTION_WORD_SHARE = 0.10;

  private static final Set<String> FUNCTION_WORDS = Resources.lines("english-function-words.txt").stream()
      .map(String::strip)
      .collect(Collectors.toUnmodifiableSet());
  private static final Set<UnicodeScript> UNSPACED = Set.of(
      UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA, UnicodeScript.THAI,
      UnicodeScript.LAO, UnicodeScript.KHMER, UnicodeScript.MYANMAR, UnicodeScript.TIBETAN);

  /** The common English function words this guess counts (lowercase). */
  public static Set<String> functionWordList() {
    return FUNCTION_WORDS;
  }

  public static LanguageGuess of(String text) {
    Args.notNull(text, "text");
    Counter c = new Counter();
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (Character.isLetter(cp)) {
        next = c.word(text, i);
      }
      i = next;
    }
    return new LanguageGuess(c.words, c.latinWords, c.functionWords, c.letters, c.nonLatin, c.mainNonLatinScript());
  }

  /** True when the text is long enough to judge. */
  public boolean judged() {
    return words >= MIN_WORDS;
  }

  public double nonLatinShare() {
    return letters == 0 ? 0 : (double) nonLatinLetters / letters;
  }

  public double functionWordShare() {
    return latinWords == 0 ? 0 : (double) functionWords / latinWords;
  }

  /** Why the text is not English, or empty when it may be English (or is too short to judge). */
  public Optional<String> notEnglishBecause() {
    if (!judged()) {
      return Optional.empty();
    }
    if (nonLatinShare() > MAX_NON_LATIN_SHARE) {
      return Optional.of("text looks like " + scriptName(mainScript) + " script, not English ("
          + BinarySniffer.percent(nonLatinLetters, letters) + "% of letters are not Latin)");
    }
    if (latinWords >= MIN_WORDS && functionWordShare() < MIN_FUNCTION_WORD_SHARE) {
      return Optional.of("only " + BinarySniffer.percent(functionWords, latinWords) + "% of " + latinWords
          + " words are common English words (expected at least "
          + Math.round(MIN_FUNCTION_WORD_SHARE * 100) + "% for English)");
    }
    return Optional.empty();
  }

  public boolean looksEnglish() {
    return notEnglishBecause().isEmpty();
  }

  static String scriptName(UnicodeScript script) {
    if (script == null) {
      return "non-Latin";
    }
    if (script == UnicodeScript.HAN) {
      return "Han (Chinese characters)";
    }
    String name = script.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** Mutable counts while scanning one text; local to {@link #of}. */
  private static final class Counter {
    int words;
    int latinWords;
    int functionWords;
    int letters;
    int nonLatin;
    final Map<UnicodeScript, Integer> byScript = new EnumMap<>(UnicodeScript.class);

    /** Counts the word starting at letter {@code start}; returns the index after it. */
    int word(String text, int start) {
      UnicodeScript script = UnicodeScript.of(text.codePointAt(start));
      int i = start;
      while (i < text.length()) {
        int cp = text.codePointAt(i);
        boolean letter = Character.isLetter(cp);
        boolean mark = Character.getType(cp) == Character.NON_SPACING_MARK
            || Character.getType(cp) == Character.COMBINING_SPACING_MARK;
        boolean apostrophe = (cp == '\'' || cp == '\u2019') && i + 1 < text.length()
            && Character.isLetter(text.codePointAt(i + 1)) && i > start;
        if (letter && UnicodeScript.of(cp) != script && UnicodeScript.of(cp) != UnicodeScript.COMMON) {
          break;
        }
        if (!letter && !mark && !apostrophe) {
          break;
        }
        if (letter) {
          countLetter(script);
        }
        i += Character.charCount(cp);
        if (UNSPACED.contains(script) && letter) {
          words++;
        }
      }
      if (!UNSPACED.contains(script)) {
        words++;
        if (script == UnicodeScript.LATIN) {
          latinWords++;
          if (FUNCTION_WORDS.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
            functionWords++;
          }
        }
      }
      return i;
    }

    void countLetter(UnicodeScript script) {
      letters++;
      if (script != UnicodeScript.LATIN) {
        nonLatin++;
        byScript.merge(script, 1, Integer::sum);
      }
    }

    UnicodeScript mainNonLatinScript() {
      return byScript.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
  }
}
