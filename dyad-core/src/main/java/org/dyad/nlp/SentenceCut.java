package org.dyad.nlp;

/**
 * Where the NLP stage cut an overlong sentence so that it could be parsed in linear time:
 * [{@code start}, {@code end}) is the cleaned-text range of the boundary (the token the cut follows,
 * or the gap before the next piece), {@code tokens} the length of the whole sentence and {@code limit}
 * the most tokens parsed at a time, {@code at} what the cut fell on ("a comma", "'and'", "no boundary
 * (a hard cut)"). A cut between two windows of a long text has {@code tokens} 0 and the window's
 * size in characters as {@code limit}.
 */
public record SentenceCut(int start, int end, int tokens, int limit, String at) {
  public SentenceCut {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("a cut needs 0 <= start <= end, got " + start + ".." + end);
    }
  }

  public SentenceCut shifted(int offset) {
    return new SentenceCut(start + offset, end + offset, tokens, limit, at);
  }
}
