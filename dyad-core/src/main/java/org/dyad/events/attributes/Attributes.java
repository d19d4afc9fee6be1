package org.dyad.events.attributes;

import java.util.ArrayList;
import java.util.List;
import org.dyad.events.Candidate;
import org.dyad.events.rules.RuleChain;
import org.dyad.events.trigger.Trigger;
import org.dyad.model.Event.Certainty;

/**
 * What the attribute stages found for one trigger, so far: its code (refined by scale), negation,
 * certainty, claimant (null: the article's own), date, quantity and location phrase, and the named
 * rules that found the claimant and the date, in that order ({@link Candidate#attributeRules()}).
 */
public record Attributes(String cameo, boolean negated, Certainty certainty, Claim claim, EventDate date, Integer quantity,
    String location, List<String> rules) {
  public Attributes {
    rules = List.copyOf(rules);
  }

  /** Nothing found yet: the lexicon's code, asserted, no claimant, no date. */
  public static Attributes of(Trigger t) {
    return new Attributes(t.entry().cameo(), false, Certainty.ASSERTED, null, null, null, null, List.of());
  }

  Attributes withCameo(String c) {
    return new Attributes(c, negated, certainty, claim, date, quantity, location, rules);
  }

  Attributes withModality(boolean n, Certainty c) {
    return new Attributes(cameo, n, c, claim, date, quantity, location, rules);
  }

  Attributes withClaim(RuleChain.Decided<Claim> c) {
    return new Attributes(cameo, negated, certainty, c.value(), date, quantity, location, ruled(c));
  }

  Attributes withDate(RuleChain.Decided<EventDate> d) {
    return new Attributes(cameo, negated, certainty, claim, d.value(), quantity, location, ruled(d));
  }

  Attributes withQuantity(Integer q) {
    return new Attributes(cameo, negated, certainty, claim, date, q, location, rules);
  }

  Attributes withLocation(String l) {
    return new Attributes(cameo, negated, certainty, claim, date, quantity, l, rules);
  }

  private List<String> ruled(RuleChain.Decided<?> d) {
    if (d.rule() == null) {
      return rules;
    }
    List<String> out = new ArrayList<>(rules);
    out.add(d.rule());
    return out;
  }
}
