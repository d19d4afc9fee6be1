package org.dyad.events.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The data the learned stage reads. */
class LearnedTriggersTest {
  @Test
  void untypedHeadsAreLowercaseLemmasWithoutABareLexiconRow() {
    EventLexicon lexicon = EventLexicon.bundled();
    assertThat(LearnedTriggers.UNTYPED).isNotEmpty().allMatch(w -> w.matches("[a-z]+"));
    assertThat(LearnedTriggers.UNTYPED).noneMatch(w -> lexicon.verb(w, java.util.Map.of()).isPresent());
  }
}
