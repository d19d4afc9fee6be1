package org.dyad.events;

/** A word that tells an event: its sentence and token, the lexicon entry it matched, and whether it is a noun. */
record Trigger(int sentence, int token, LexiconEntry entry, boolean noun) {}
