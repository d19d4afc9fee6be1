package org.dyad.events.attributes;

import java.time.LocalDate;
import java.util.List;
import org.dyad.events.trigger.Trigger;
import org.dyad.model.Quote;
import org.dyad.nlp.NlpDocument;
import org.dyad.nlp.Sentence;

/**
 * What the attribute stages read: one trigger in its sentence and article, the article's quotations
 * and date (null when unknown), and whether the trigger answers an accusation above it ("a charge
 * Mauritania has rejected": the rejection is told by the article, neither claimed nor hedged).
 */
public record Told(NlpDocument doc, Sentence s, Trigger t, List<Quote> quotes, LocalDate articleDate, boolean answersAccusation) {}
