package org.dyad.events.attributes;

import org.dyad.events.merge.SameEvent;

/**
 * When an event happened, as precisely as the text says: "2012", "2025-03", "2025-03-04".
 * {@code explicit} is false when the text gave nothing and the article's date stands in.
 */
public record EventDate(String value, boolean explicit) {
  /** Two dates may name the same event when one of them is only the article's date, or they agree as far as both go. */
  boolean compatible(EventDate other) {
    return SameEvent.datesCompatible(value, explicit, other.value, other.explicit);
  }
}
