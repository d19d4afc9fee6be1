package org.dyad.events.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.actors.ActorDictionary;
import org.dyad.actors.ActorResolver;
import org.dyad.actors.ActorSet;
import org.dyad.actors.DictionaryIndex;
import org.dyad.codebook.Codebook;
import org.dyad.events.EventCoder;
import org.dyad.learned.EventTyping;
import org.dyad.model.Event;
import org.dyad.nlp.CoreNlpAnnotator;
import org.dyad.nlp.NlpDocument;
import org.junit.jupiter.api.Test;

/**
 * The learned typing as a stage of the coder, with the real parser, dictionary, embedding model and
 * committed head, and an empty lexicon so that every event is the model's.
 */
class LearnedTypingStageTest {
  private static final DictionaryIndex INDEX = new DictionaryIndex(ActorDictionary.loadDefault());

  private static List<Event> code(String text, double threshold) {
    NlpDocument doc = new CoreNlpAnnotator().annotate(text, null);
    ActorSet actors = new ActorResolver(INDEX).resolve(doc);
    EventCoder coder = new EventCoder(new EventLexicon(Map.of(), Map.of()), Codebook.load(), INDEX::namesPlace,
        name -> Optional.empty(), EventTyping.bundled(), threshold);
    return coder.code(doc, actors, List.of(), null);
  }

  @Test
  void typesAClauseTheLexiconLeavesSilentAndMarksTheModelAsItsTyper() {
    List<Event> events = code("Russian troops shelled Ukrainian positions near Bakhmut on Sunday.", 0.5);
    assertThat(events).extracting(Event::root).contains("19");
    Event.EventMention m = events.get(0).mentions().get(0);
    assertThat(m.typedBy()).isEqualTo(Event.TYPED_BY_MODEL);
    assertThat(m.probability()).isBetween(0.5, 1.0);
  }

  @Test
  void leavesAClauseThatTellsNoActUncoded() {
    assertThat(code("Kenya is a country in East Africa with a long coastline.", 0.5)).isEmpty();
  }

  @Test
  void takesNothingBelowItsThreshold() {
    assertThat(code("Russian troops shelled Ukrainian positions near Bakhmut on Sunday.", 1.01)).isEmpty();
  }
}
