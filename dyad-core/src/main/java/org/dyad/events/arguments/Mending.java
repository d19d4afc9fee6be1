package org.dyad.events.arguments;

import java.util.function.Predicate;
import org.dyad.actors.ActorSet;
import org.dyad.events.trigger.Trigger;
import org.dyad.nlp.Sentence;

/**
 * What an {@link ArgumentMend} reads: the trigger's sentence, the trigger, the article's actors, and
 * which actors may be arguments at all ({@code eligible}: not the reporter of the sentence).
 */
public record Mending(Sentence s, Trigger t, ActorSet actors, Predicate<String> eligible) {}
