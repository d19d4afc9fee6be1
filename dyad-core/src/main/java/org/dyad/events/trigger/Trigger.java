package org.dyad.events.trigger;

/**
 * A word that tells an event: its sentence and token, the lexicon entry it matched, whether it is a
 * noun, and the token of the event it governs when it was composed with one ("urged ... to release"),
 * else -1. {@code learned} is the learned typing's probability when the model, not the lexicon, typed
 * it ({@link LearnedTriggers}), else null.
 */
public record Trigger(int sentence, int token, LexiconEntry entry, boolean noun, int governed, Double learned) {
  Trigger(int sentence, int token, LexiconEntry entry, boolean noun, int governed) {
    this(sentence, token, entry, noun, governed, null);
  }

  public Trigger(int sentence, int token, LexiconEntry entry, boolean noun) {
    this(sentence, token, entry, noun, -1, null);
  }

  /** The same trigger with another CAMEO code ("went on hunger strike": 143 -> 142). */
  Trigger recoded(String cameo) {
    return new Trigger(sentence, token, new LexiconEntry(entry.lemma(), entry.requires(), cameo), noun, governed, learned);
  }
}
