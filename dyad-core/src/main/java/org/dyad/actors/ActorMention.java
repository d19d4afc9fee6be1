package org.dyad.actors;

/**
 * A resolved mention of an actor: tokens {@code firstToken..lastToken} of sentence {@code sentence},
 * [start, end) in the CLEANED text. {@code reference} marks pronouns and definite descriptions
 * ("he", "the regime"), which are mentions but not names.
 */
public record ActorMention(String actorId, int sentence, int firstToken, int lastToken, int start, int end, boolean reference) {
  public boolean covers(int sentenceIndex, int token) {
    return sentence == sentenceIndex && firstToken <= token && token <= lastToken;
  }
}
