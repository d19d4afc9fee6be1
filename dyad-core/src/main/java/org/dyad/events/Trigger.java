package org.dyad.events;

/**
 * A word that tells an event: its sentence and token, the lexicon entry it matched, whether it is a
 * noun, and the token of the event it governs when it was composed with one ("urged ... to release"),
 * else -1.
 */
record Trigger(int sentence, int token, LexiconEntry entry, boolean noun, int governed) {
  Trigger(int sentence, int token, LexiconEntry entry, boolean noun) {
    this(sentence, token, entry, noun, -1);
  }
}
