package org.dyad.nlp;

/**
 * Which paragraph each sentence of a document is in: a new paragraph starts where a line break
 * separates a sentence from the one before it. Claims and implied roles carry across sentences of one
 * paragraph, seldom further.
 */
public final class Paragraphs {
  private final int[] paragraph;

  public Paragraphs(NlpDocument doc) {
    paragraph = new int[doc.sentences().size()];
    int current = 0;
    for (int i = 1; i < paragraph.length; i++) {
      int gapStart = doc.sentences().get(i - 1).end();
      int gapEnd = Math.max(gapStart, doc.sentences().get(i).start());
      if (doc.text().substring(gapStart, gapEnd).indexOf('\n') >= 0) {
        current++;
      }
      paragraph[i] = current;
    }
  }

  public boolean together(int a, int b) {
    return a >= 0 && b >= 0 && a < paragraph.length && b < paragraph.length && paragraph[a] == paragraph[b];
  }
}
