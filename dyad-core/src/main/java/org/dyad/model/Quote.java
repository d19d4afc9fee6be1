package org.dyad.model;

/**
 * A direct quotation: its text without the quotation marks, its span in the original text, and the
 * speaker when dyad could attribute it. {@code speakerText} is the wording that names the speaker
 * ("the sources", "Dr. Al-Mansour"), also when it resolves to no actor.
 */
public record Quote(ActorRef speaker, String speakerText, String text, int start, int end) {
  public Quote {
    if (start < 0 || end < start || text == null) {
      throw new IllegalArgumentException("bad quote span [" + start + ", " + end + ")");
    }
  }
}
