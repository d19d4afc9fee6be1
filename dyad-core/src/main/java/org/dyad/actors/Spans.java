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

  /**
   * True for a headline or section title: no final punctuation and most words capitalised.
   * NER is unreliable there ("Grim Allegations Haunt Reconciliation Efforts" comes out as an ORG).
   */
  static boolean isHeadline(Sentence s) {
    if (s.tokens().isEmpty()) {
      return false;
    }
    String lastWord = s.token(s.tokens().size() - 1).word();
    if (lastWord.matches("[.!?”\"’']+")) {
      return false;
    }
    int words = 0;
    int capitalised = 0;
    for (Token t : s.tokens()) {
      if (Character.isLetter(t.word().charAt(0)) && t.word().length() > 3) {
        words++;
        if (t.capitalised()) {
          capitalised++;
        }
      }
    }
    return words > 0 && capitalised * 10 >= words * 6;
  }
}
