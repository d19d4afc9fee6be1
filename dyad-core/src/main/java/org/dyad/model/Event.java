package org.dyad.model;

import java.util.List;

/**
 * One coded event, told by one or more mentions. Filled by the event coder (see the events package);
 * {@code cameo} is the full CAMEO code and {@code root} its two-digit root; {@code location} the
 * phrase that says where, as the text words it ("a village near El Fasher"), and {@code place} the
 * place it names, resolved in the gazetteer (null until the places stage, or when no place is known).
 * Built from scratch with {@link #builder}, which names each field it sets.
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

  /**
   * A builder for an event made from scratch (coded from a text, or read back from a store), so that a
   * caller names each field it sets. Unset fields are null, false or zero, certainty is asserted and
   * there are no mentions; {@link Builder#build} requires the CAMEO code. Copies of an event that
   * change one field use its withers ({@link #withId}, {@link #withPlace}, {@link #withMentions}).
   */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** The fields of an event being built; see {@link Event#builder}. Not thread-safe: one caller builds one event. */
  public static final class Builder {
    private final String id;
    private ActorRef source;
    private ActorRef target;
    private String cameo;
    private String root;
    private String label;
    private double goldstein;
    private int quadClass;
    private String plover;
    private String ploverMode;
    private boolean negated;
    private Certainty certainty = Certainty.ASSERTED;
    private String claimedBy;
    private String date;
    private Integer quantity;
    private String location;
    private Location place;
    private List<EventMention> mentions = List.of();

    private Builder(String id) {
      this.id = id;
    }

    public Builder source(ActorRef r) {
      source = r;
      return this;
    }

    public Builder target(ActorRef r) {
      target = r;
      return this;
    }

    public Builder cameo(String code) {
      cameo = code;
      return this;
    }

    public Builder root(String r) {
      root = r;
      return this;
    }

    public Builder label(String l) {
      label = l;
      return this;
    }

    public Builder goldstein(double g) {
      goldstein = g;
      return this;
    }

    public Builder quadClass(int q) {
      quadClass = q;
      return this;
    }

    public Builder plover(String p) {
      plover = p;
      return this;
    }

    public Builder ploverMode(String m) {
      ploverMode = m;
      return this;
    }

    public Builder negated(boolean n) {
      negated = n;
      return this;
    }

    public Builder certainty(Certainty c) {
      certainty = c;
      return this;
    }

    public Builder claimedBy(String c) {
      claimedBy = c;
      return this;
    }

    public Builder date(String d) {
      date = d;
      return this;
    }

    public Builder quantity(Integer q) {
      quantity = q;
      return this;
    }

    public Builder location(String phrase) {
      location = phrase;
      return this;
    }

    public Builder place(Location p) {
      place = p;
      return this;
    }

    public Builder mentions(List<EventMention> ms) {
      mentions = ms;
      return this;
    }

    /** The event; a missing CAMEO code is a programming error, reported at once. */
    public Event build() {
      if (cameo == null) {
        throw new IllegalStateException("event '" + id + "' has no CAMEO code: set it with cameo(...)");
      }
      return new Event(id, source, target, cameo, root, label, goldstein, quadClass, plover, ploverMode, negated,
          certainty, claimedBy, date, quantity, location, place, mentions);
    }
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
