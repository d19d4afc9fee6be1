package org.dyad.store;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.model.Event;
import org.dyad.model.Event.Certainty;

/**
 * Which events count as the act they name, in every aggregate (dyad series, network, an actor's
 * relations) and every export. A negated event ("no prisoners were released") is the text saying the
 * act did not happen, and a hypothetical one ("Israel could resume strikes") that it might: neither
 * is the act. By default ({@link #ACTS}) asserted and alleged events count, negated and hypothetical
 * ones are left out, and every view says so ({@link #describe}).
 */
public record Counting(Set<Certainty> certainties, boolean withNegated) {
  /** Asserted and alleged events, never negated ones: what aggregates and exports count unless told. */
  public static final Counting ACTS = new Counting(EnumSet.of(Certainty.ASSERTED, Certainty.ALLEGED), false);
  /** Every event, negated and hypothetical ones too (for a full dump). */
  public static final Counting ALL = new Counting(EnumSet.allOf(Certainty.class), true);

  public Counting {
    if (certainties == null || certainties.isEmpty()) {
      throw new IllegalArgumentException("at least one certainty must count");
    }
    certainties = Set.copyOf(EnumSet.copyOf(certainties));
  }

  /**
   * {@code "asserted,alleged"}, {@code "asserted"}, {@code "all"} (every certainty); null or blank is
   * the default (asserted and alleged). Negated events count only with {@code withNegated}.
   */
  public static Counting parse(String certainties, boolean withNegated) {
    if (certainties == null || certainties.isBlank()) {
      return new Counting(ACTS.certainties, withNegated);
    }
    Set<Certainty> set = EnumSet.noneOf(Certainty.class);
    for (String part : certainties.split(",")) {
      String p = part.strip().toLowerCase(Locale.ROOT);
      if (p.equals("all")) {
        set.addAll(EnumSet.allOf(Certainty.class));
        continue;
      }
      try {
        set.add(Certainty.valueOf(p.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("certainty must be asserted, alleged, hypothetical or all (comma-separated), got '"
            + certainties + "'");
      }
    }
    return new Counting(set, withNegated);
  }

  /** Why an event that does not count is left out: "negated", or its certainty ("hypothetical"); null when it counts. */
  public String leftOutAs(Event e) {
    if (!withNegated && e.negated()) {
      return "negated";
    }
    return certainties.contains(e.certainty()) ? null : name(e.certainty());
  }

  /** For people: "asserted and alleged events; negated and hypothetical ones left out". */
  public String describe() {
    List<String> in = EnumSet.copyOf(certainties).stream().map(Counting::name).toList();
    List<String> out = new ArrayList<>();
    if (!withNegated) {
      out.add("negated");
    }
    EnumSet.complementOf(EnumSet.copyOf(certainties)).forEach(c -> out.add(name(c)));
    String counted = (in.size() == Certainty.values().length ? "all" : and(in)) + " events"
        + (withNegated && in.size() == Certainty.values().length ? ", negated ones too" : "");
    return out.isEmpty() ? counted : counted + "; " + and(out) + " ones left out";
  }

  /**
   * The SQL condition on the events table {@code alias} that selects what counts ("TRUE" for all).
   * Its values are the certainty names, never user text, so they are written inline.
   */
  String condition(String alias) {
    List<String> conds = new ArrayList<>();
    if (!withNegated) {
      conds.add(alias + ".negated = FALSE");
    }
    if (certainties.size() < Certainty.values().length) {
      conds.add(alias + ".certainty IN (" + EnumSet.copyOf(certainties).stream().map(c -> "'" + name(c) + "'")
          .collect(Collectors.joining(", ")) + ")");
    }
    return conds.isEmpty() ? "TRUE" : "(" + String.join(" AND ", conds) + ")";
  }

  private static String name(Certainty c) {
    return c.name().toLowerCase(Locale.ROOT);
  }

  private static String and(List<String> words) {
    return words.size() <= 1 ? String.join("", words)
        : String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
  }
}
