package org.dyad.events.discourse;

import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;
import org.dyad.actors.ActorMention;
import org.dyad.actors.ActorSet;
import org.dyad.events.Candidate;
import org.dyad.events.attributes.Claim;
import org.dyad.nlp.NlpDocument;
import org.dyad.nlp.Paragraphs;

/**
 * What the discourse stages read besides the tellings: the article, its actors and paragraphs, and
 * the claim each sentence makes about what it tells ({@code sentenceClaim}, null when none).
 */
public record Discourse(NlpDocument doc, ActorSet actors, Paragraphs paragraphs, IntFunction<Claim> sentenceClaim) {
  /** The actor whose words the text says a telling is ("..., residents said"), named in its sentence. */
  Optional<String> claimant(Candidate c) {
    if (c.claim() == null || c.claim().vague()) {
      return Optional.empty();
    }
    String claim = c.claim().text().toLowerCase(Locale.ROOT);
    return actors.inSentence(c.sentence()).stream()
        .filter(m -> claim.contains(doc.text().substring(m.start(), m.end()).toLowerCase(Locale.ROOT)))
        .map(ActorMention::actorId).findFirst();
  }
}
