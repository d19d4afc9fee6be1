package org.dyad.nlp;

/**
 * One token of the cleaned text: {@code index} within its sentence (0-based), the word, its lemma,
 * Penn part-of-speech tag, NER label ("O" when none) and [start, end) offsets into the CLEANED text.
 */
public record Token(int index, String word, String lemma, String pos, String ner, int start, int end) {
  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  public boolean capitalised() {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }
}
