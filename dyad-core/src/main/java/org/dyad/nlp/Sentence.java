package org.dyad.nlp;

import java.util.ArrayList;
import java.util.List;

/** One sentence of the cleaned text: its tokens and dependencies, offsets into the cleaned text. */
public record Sentence(int index, int start, int end, List<Token> tokens, List<Dependency> dependencies) {
  public Sentence {
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  /** Dependencies whose governor is token {@code i}. */
  public List<Dependency> children(int i) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : dependencies) {
      if (d.governor() == i) {
        out.add(d);
      }
    }
    return out;
  }

  /** Dependencies whose dependent is token {@code i} (enhanced graphs allow several heads). */
  public List<Dependency> heads(int i) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : dependencies) {
      if (d.dependent() == i) {
        out.add(d);
      }
    }
    return out;
  }

  /**
   * True when the sentence ends without final punctuation: a headline, a section title, a caption.
   * It states, but it is not where claims are made.
   */
  public boolean unpunctuated() {
    return !tokens.isEmpty() && !tokens.get(tokens.size() - 1).word().matches("[.!?”\"’'…]+");
  }

  /**
   * An unpunctuated line with most of its longer words capitalised ("Assad Regime Executes Dozens of
   * Hamas Members"): there, capitals say nothing about names.
   */
  public boolean titleCase() {
    if (!unpunctuated()) {
      return false;
    }
    int words = 0;
    int capitalised = 0;
    for (Token t : tokens) {
      if (Character.isLetter(t.word().charAt(0)) && t.word().length() > 3) {
        words++;
        if (t.capitalised()) {
          capitalised++;
        }
      }
    }
    return words > 0 && capitalised * 10 >= words * 6;
  }

  /** Index of the token covering cleaned offset {@code offset}, or -1. */
  public int tokenAt(int offset) {
    for (Token t : tokens) {
      if (t.start() <= offset && offset < t.end()) {
        return t.index();
      }
    }
    return -1;
  }
}
