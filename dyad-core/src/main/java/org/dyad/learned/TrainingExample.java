package org.dyad.learned;

/**
 * One labelled text of the training set ({@code train/*.jsonl}): its CAMEO code, or null when it
 * tells no event, and the words that tell the event (an exact substring of the text), or null.
 */
public record TrainingExample(String id, String text, String cameo, String trigger) {
  public boolean event() {
    return cameo != null;
  }
}
