package org.dyad.events.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * The learned typing choosing the sense of a lexicon word whose rows its dependents do not meet, with
 * the real parser, dictionary, embedding model and committed head, and a lexicon of a few rows.
 */
class ModelSensesTest {
  private static final DictionaryIndex INDEX = new DictionaryIndex(ActorDictionary.loadDefault());
  private static final String DELIVERY = "Germany delivered a second Patriot air defence system to Kyiv on Tuesday.";

  private static List<Event> code(String text, Map<String, List<LexiconEntry>> verbs) {
    NlpDocument doc = new CoreNlpAnnotator().annotate(text, null);
    ActorSet actors = new ActorResolver(INDEX).resolve(doc);
    EventCoder coder = new EventCoder(new EventLexicon(verbs, Map.of()), Codebook.load(), INDEX::namesPlace,
        name -> Optional.empty(), EventTyping.bundled(), 2); // 2: no typing of clauses the lexicon does not know
    return coder.code(doc, actors, List.of(), null);
  }

  private static LexiconEntry row(String lemma, String object, String cameo) {
    return new LexiconEntry(lemma, Map.of("obj", Set.of(object)), cameo);
  }

  @Test
  void aWordWhoseRowsItsObjectDoesNotMeetTakesTheRootTheModelChoosesAmongItsRows() {
    List<Event> events = code(DELIVERY, Map.of("deliver", List.of(row("deliver", "aid", "073"), row("deliver", "weapon", "072"))));
    assertThat(events).extracting(Event::root).containsExactly("07");
    Event.EventMention m = events.get(0).mentions().get(0);
    assertThat(m.typedBy()).isEqualTo(Event.TYPED_BY_MODEL);
    assertThat(m.probability()).isGreaterThanOrEqualTo(EventCoder.SENSES_THRESHOLD);
  }

  @Test
  void theModelNeverGivesAWordARootNoneOfItsRowsHas() {
    assertThat(code(DELIVERY, Map.of("deliver", List.of(row("deliver", "speech", "010"))))).isEmpty();
  }

  @Test
  void aWordTheLexiconDoesNotKnowStaysUncoded() {
    assertThat(code(DELIVERY, Map.of("hand", List.of(row("hand", "aid", "073"))))).isEmpty();
  }

  @Test
  void aClauseThatTellsNoActStaysUncoded() {
    assertThat(code("Kenya delivered its budget to parliament in a long session on Tuesday.",
        Map.of("deliver", List.of(row("deliver", "aid", "073"), row("deliver", "weapon", "072"))))).isEmpty();
  }
}
