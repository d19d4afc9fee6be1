package org.dyad.text;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Step 4: restores the capitals of names written in lowercase, which the NER misses ("assad",
 * "hamas"), and of sentence starts. A lowercase word, or each lowercase part of a hyphenated word,
 * takes (a) the form the known names give it, else (b) the form the article itself writes it in when
 * it is no common English word and the article capitalises it inside sentences at least twice and more
 * often than not. (c) The first letter of a paragraph or sentence is capitalised, not after an
 * abbreviation ("e.g.", "Dr."). Letters are only ever raised, never lowered, so lengths and the offset
 * map stay as they are.
 */
final class CaseRestoration implements CleaningStep {
  private static final int PARTICLE_LENGTH = 3;

  private final KnownNames knownNames;
  private final CommonWords commonWords;
  private final Words words;

  CaseRestoration(KnownNames knownNames, CommonWords commonWords, Abbreviations abbreviations) {
    this.knownNames = knownNames;
    this.commonWords = commonWords;
    this.words = new Words(new SentencePositions(abbreviations));
  }

  @Override
  public void apply(EditableText text) {
    List<Word> found = words.find(text);
    CaseEvidence evidence = CaseEvidence.of(text, found);
    for (Word word : found) {
      String before = text.subSequence(word.start(), word.end()).toString();
      String after = restore(text, word, before, evidence);
      if (!after.equals(before)) {
        text.replace(word.start(), word.end(), after, Repair.CASE);
      }
    }
  }

  private String restore(CharSequence text, Word word, String written, CaseEvidence evidence) {
    char[] chars = written.toCharArray();
    List<Word.Part> parts = word.parts(text);
    List<String> partTexts = parts.stream()
        .map(p -> written.substring(p.start() - word.start(), p.end() - word.start()))
        .toList();
    Optional<String> whole = parts.size() > 1 ? known(written) : Optional.empty();
    if (whole.isPresent()) {
      Casing.raise(chars, 0, whole.get());
    } else {
      for (int k = 0; k < parts.size(); k++) {
        int offset = parts.get(k).start() - word.start();
        if (isCandidate(parts, partTexts, k)) {
          nameForm(partTexts.get(k), evidence).ifPresent(form -> Casing.raise(chars, offset, form));
        }
      }
    }
    boolean lowercaseStart = Casing.isLowercase(partTexts.get(0)) && Character.isLowerCase(chars[0]);
    if (word.position() == Position.START && lowercaseStart && !continuesAsAddress(text, word.end())) {
      chars[0] = Character.toUpperCase(chars[0]);
    }
    return new String(chars);
  }

  /**
   * A lowercase part long enough to be a name, but not a short particle before a capitalised part
   * ("al" of "al-Assad", "bin" of "bin-Salman"): the writer chose that case.
   */
  private static boolean isCandidate(List<Word.Part> parts, List<String> partTexts, int k) {
    if (!parts.get(k).countable() || !Casing.isLowercase(partTexts.get(k))) {
      return false;
    }
    boolean beforeCapitalised = k + 1 < parts.size() && !parts.get(k + 1).afterApostrophe()
        && Casing.isCapitalised(partTexts.get(k + 1));
    return !(beforeCapitalised && partTexts.get(k).length() <= PARTICLE_LENGTH);
  }

  /** Rule (a), then rule (b), for one lowercase part. */
  private Optional<String> nameForm(String part, CaseEvidence evidence) {
    Optional<String> known = known(part);
    if (known.isPresent() || commonWords.contains(part.toLowerCase(Locale.ROOT))) {
      return known;
    }
    return evidence.capitalisedForm(part.toLowerCase(Locale.ROOT)).filter(form -> Casing.fits(part, form));
  }

  private Optional<String> known(String word) {
    return knownNames.canonical(word.toLowerCase(Locale.ROOT)).filter(form -> Casing.fits(word, form));
  }

  /** "e.g", "i.e" or an address-like continuation right after the word: no sentence start there. */
  private static boolean continuesAsAddress(CharSequence text, int end) {
    if (end + 1 >= text.length()) {
      return false;
    }
    char c = text.charAt(end);
    char next = text.charAt(end + 1);
    return (c == '.' && Character.isLetterOrDigit(next)) || c == '@' || c == '/' || (c == ':' && next == '/');
  }
}
