package org.dyad.actors;

import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/** Text of token ranges in the cleaned text. */
final class Spans {
  private Spans() {}

  static String text(String doc, Sentence s, int first, int last) {
    return doc.substring(s.token(first).start(), s.token(last).end());
  }

  static String key(String doc, Sentence s, int first, int last) {
    return Names.key(text(doc, s, first, last));
  }

  static boolean isPossessive(Token t) {
    String w = t.word();
    return t.pos().equals("POS") || w.equals("'s") || w.equals("’s") || w.equals("’") || w.equals("'");
  }

  static boolean isPunctuation(Token t) {
    return !t.word().isEmpty() && !Character.isLetterOrDigit(t.word().charAt(0));
  }
}
