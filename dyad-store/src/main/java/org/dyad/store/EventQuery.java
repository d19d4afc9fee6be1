package org.dyad.store;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.dyad.model.Event.Certainty;

/**
 * Which stored events to return, in what order: every filter is optional (null = any). An actor is
 * given by its id ("hamas") or a code or code prefix ("HAMAS", "SYR" for every Syrian actor).
 * {@code cameo} is a code or a prefix of one ("19" is a root); {@code certainties} empty means any.
 * {@code limit} 0 means no limit. {@code place}: where ({@link PlaceFilter#ANY} for anywhere).
 * Build with {@link #all()} and the {@code with} methods.
 */
public record EventQuery(String actor, String dyadA, String dyadB, Direction direction, String cameo, Integer quadClass,
                         LocalDate from, LocalDate to, Set<Certainty> certainties, Boolean negated, Sort sort, int limit, int offset,
                         PlaceFilter place) {
  /** Which way a dyad A:B is read. */
  public enum Direction {
    /** A acts on B. */
    FORWARD,
    /** A on B or B on A. */
    EITHER,
    /** A on B and B on A, when both directions have events (a reciprocal relationship); else nothing. */
    BOTH
  }

  /** The order of results; ties by store id. */
  public enum Sort {
    /** Newest first, undated last. */
    DATE,
    /** Most conflictual (lowest Goldstein) first. */
    GOLDSTEIN,
    /** Most reported first. */
    NUM_ARTICLES
  }

  public EventQuery {
    if (limit < 0 || offset < 0) {
      throw new IllegalArgumentException("limit and offset must be >= 0, got " + limit + " and " + offset);
    }
    if ((dyadA == null) != (dyadB == null)) {
      throw new IllegalArgumentException("a dyad needs both actors, got " + dyadA + ":" + dyadB);
    }
    if (quadClass != null && (quadClass < 1 || quadClass > 4)) {
      throw new IllegalArgumentException("quad class must be 1..4, got " + quadClass);
    }
    if (cameo != null && !cameo.matches("\\d{2,4}")) {
      throw new IllegalArgumentException("CAMEO code must be 2 to 4 digits, got '" + cameo + "'");
    }
    certainties = certainties == null || certainties.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(certainties));
    direction = direction == null ? Direction.EITHER : direction;
    sort = sort == null ? Sort.DATE : sort;
    place = place == null ? PlaceFilter.ANY : place;
  }

  /** Every event, newest first, no limit. */
  public static EventQuery all() {
    return new EventQuery(null, null, null, Direction.EITHER, null, null, null, null, Set.of(), null, Sort.DATE, 0, 0, PlaceFilter.ANY);
  }

  public EventQuery withActor(String a) {
    return new EventQuery(a, dyadA, dyadB, direction, cameo, quadClass, from, to, certainties, negated, sort, limit, offset, place);
  }

  public EventQuery withDyad(String a, String b, Direction d) {
    return new EventQuery(actor, a, b, d, cameo, quadClass, from, to, certainties, negated, sort, limit, offset, place);
  }

  public EventQuery withCameo(String c) {
    return new EventQuery(actor, dyadA, dyadB, direction, c, quadClass, from, to, certainties, negated, sort, limit, offset, place);
  }

  public EventQuery withQuadClass(Integer q) {
    return new EventQuery(actor, dyadA, dyadB, direction, cameo, q, from, to, certainties, negated, sort, limit, offset, place);
  }

  public EventQuery between(LocalDate f, LocalDate t) {
    return new EventQuery(actor, dyadA, dyadB, direction, cameo, quadClass, f, t, certainties, negated, sort, limit, offset, place);
  }

  /** Only events of this certainty; null for any. */
  public EventQuery withCertainty(Certainty c) {
    return withCertainties(c == null ? Set.of() : Set.of(c));
  }

  public EventQuery withCertainties(Set<Certainty> c) {
    return new EventQuery(actor, dyadA, dyadB, direction, cameo, quadClass, from, to, c, negated, sort, limit, offset, place);
  }

  /** Only the events that count as the act under {@code counting} (its certainties, negated ones only when it takes them). */
  public EventQuery counted(Counting counting) {
    return withCertainties(counting.certainties()).withNegated(counting.withNegated() ? negated : Boolean.FALSE);
  }

  /**
   * The query as an aggregate or an export reads it: each filter the query leaves open is given the
   * default of {@link Counting#ACTS} apart, so no certainty picked is asserted and alleged, and no
   * negation picked is affirmed events only; a filter the query picks is kept. The store itself keeps
   * null negation as "any" (what {@link Counting#ALL} relies on): the server and the CLI apply this rule.
   */
  public EventQuery countingActsByDefault() {
    EventQuery c = certainties.isEmpty() ? withCertainties(Counting.ACTS.certainties()) : this;
    return negated == null ? c.withNegated(Boolean.FALSE) : c;
  }

  public EventQuery withNegated(Boolean n) {
    return new EventQuery(actor, dyadA, dyadB, direction, cameo, quadClass, from, to, certainties, n, sort, limit, offset, place);
  }

  public EventQuery sortedBy(Sort s) {
    return new EventQuery(actor, dyadA, dyadB, direction, cameo, quadClass, from, to, certainties, negated, s, limit, offset, place);
  }

  /** Only events that happened in this country and/or bounding box. */
  public EventQuery at(PlaceFilter p) {
    return new EventQuery(actor, dyadA, dyadB, direction, cameo, quadClass, from, to, certainties, negated, sort, limit, offset, p);
  }

  public EventQuery page(int newLimit, int newOffset) {
    return new EventQuery(actor, dyadA, dyadB, direction, cameo, quadClass, from, to, certainties, negated, sort, newLimit, newOffset, place);
  }
}
