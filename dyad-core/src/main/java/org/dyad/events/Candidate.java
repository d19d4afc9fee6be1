package org.dyad.events;

import java.util.List;
import java.util.stream.Stream;
import org.dyad.events.attributes.Claim;
import org.dyad.events.attributes.EventDate;
import org.dyad.events.discourse.AnsweredClaims;
import org.dyad.events.discourse.ImplicitAgents;
import org.dyad.events.rules.FirstMatch;
import org.dyad.events.rules.RuleChain;
import org.dyad.model.Event.Certainty;

/**
 * One telling of an event before merging: everything the stages found for one trigger and one dyad.
 * {@code claim}: who claims it, or null. {@code authorsVoice}: the article tells it itself, in running
 * text, with no one claiming it. {@code agentless}: a passive with no "by" phrase ("prisoners were
 * released"), whose doer the text leaves to the reader (see {@link ImplicitAgents}). {@code answers}:
 * the noun by which the event answers an earlier one ("denied the accusation"), or null (see
 * {@link AnsweredClaims}). {@code learned}: the learned typing's probability when the model typed the
 * event, null when the lexicon did. {@code rules}: the named rules that found the source and the target,
 * in that order (see {@link FirstMatch}); {@code attributeRules}: the named rules that found its claimant
 * and its date, in that order, those that found nothing left out (see {@link RuleChain}).
 */
public record Candidate(
    int sentence, int start, int end, String cameo, String source, String target, boolean negated,
    Certainty certainty, Claim claim, EventDate date, Integer quantity, String location, boolean authorsVoice,
    boolean agentless, String answers, Double learned, List<String> rules, List<String> attributeRules) {
  public Candidate {
    rules = List.copyOf(rules);
    attributeRules = List.copyOf(attributeRules);
  }

  public String root() {
    return cameo.substring(0, 2);
  }

  String claimedBy() {
    return Claim.textOf(claim);
  }

  public Candidate withClaim(Claim c) {
    return new Candidate(sentence, start, end, cameo, source, target, negated, certainty, c, date, quantity, location,
        authorsVoice, agentless, answers, learned, rules, attributeRules);
  }

  /** Another source, found by the named rule, which replaces the one that found the old source. */
  public Candidate withSource(String s, String rule) {
    return new Candidate(sentence, start, end, cameo, s, target, negated, certainty, claim, date, quantity, location,
        authorsVoice, agentless, answers, learned, Stream.concat(Stream.of(rule), rules.stream().skip(source == null ? 0 : 1)).toList(), attributeRules);
  }

  /** Another target, found by the named rule, which replaces the one that found the old target. */
  public Candidate withTarget(String t, String rule) {
    return new Candidate(sentence, start, end, cameo, source, t, negated, certainty, claim, date, quantity, location,
        authorsVoice, agentless, answers, learned, Stream.concat(rules.stream().limit(source == null ? 0 : 1), Stream.of(rule)).toList(), attributeRules);
  }
}
