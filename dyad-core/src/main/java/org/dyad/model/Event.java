package org.dyad.model;

import java.util.List;

/**
 * One coded event, told by one or more mentions. Filled by the event coder (see the events package);
 * {@code cameo} is the full CAMEO code and {@code root} its two-digit root; {@code location} the
 * phrase that says where, as the text words it ("a village near El Fasher"), and {@code place} the
 * place it names, resolved in the gazetteer (null until the places stage, or when no place is known).
 */
public record Event(
    String id,
    ActorRef source,
    ActorRef target,
    String cameo,
    String root,
    String label,
    double goldstein,
    int quadClass,
    String plover,
    String ploverMode,
    boolean negated,
    Certainty certainty,
    String claimedBy,
    String date,
    Integer quantity,
    String location,
    Location place,
    List<EventMention> mentions) {
  public Event {
    mentions = List.copyOf(mentions);
  }

  /** This event with its place resolved. */
  public Event withPlace(Location p) {
    return new Event(id, source, target, cameo, root, label, goldstein, quadClass, plover, ploverMode, negated,
        certainty, claimedBy, date, quantity, location, p, mentions);
  }

  /** This event under another id (numbered in a longer article, or as stored). */
  public Event withId(String i) {
    return new Event(i, source, target, cameo, root, label, goldstein, quadClass, plover, ploverMode, negated,
        certainty, claimedBy, date, quantity, location, place, mentions);
  }

  /** This event told by other mentions (moved to other offsets, or as stored). */
  public Event withMentions(List<EventMention> ms) {
    return new Event(id, source, target, cameo, root, label, goldstein, quadClass, plover, ploverMode, negated,
        certainty, claimedBy, date, quantity, location, place, ms);
  }

  public int numMentions() {
    return mentions.size();
  }

  /** How much of {@code date} is known: day, month, year, or unknown without a date. */
  public DatePrecision datePrecision() {
    return DatePrecision.of(date);
  }

  /** How sure the text is that the event happened. */
  public enum Certainty {
    ASSERTED,
    ALLEGED,
    HYPOTHETICAL
  }

  public static final String TYPED_BY_LEXICON = "lexicon";
  public static final String TYPED_BY_MODEL = "model";

  /**
   * One telling of an event: the sentence and the span that tell it, and what typed it: the event
   * lexicon ({@value #TYPED_BY_LEXICON}), or the learned typing ({@value #TYPED_BY_MODEL}) with its
   * probability; and the named rules of the coder that found its source and target ({@code rules}, in
   * that order), and those that found its claimant and its date ({@code attributeRules}, in that
   * order). A mention read back from a store knows none of them (null, empty).
   */
  public record EventMention(int sentence, int start, int end, String text, String typedBy, Double probability, List<String> rules,
      List<String> attributeRules) {
    public EventMention {
      rules = rules == null ? List.of() : List.copyOf(rules);
      attributeRules = attributeRules == null ? List.of() : List.copyOf(attributeRules);
    }

    public EventMention(int sentence, int start, int end, String text) {
      this(sentence, start, end, text, null, null, List.of(), List.of());
    }

    /** This mention at another place in the text, knowing what it knew. */
    public EventMention at(int sentence, int start, int end, String text) {
      return new EventMention(sentence, start, end, text, typedBy, probability, rules, attributeRules);
    }

    /** Every named rule that decided something of this telling: its arguments', then its attributes'. */
    public List<String> allRules() {
      return java.util.stream.Stream.concat(rules.stream(), attributeRules.stream()).toList();
    }
  }
}
