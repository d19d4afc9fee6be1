package org.dyad.events.merge;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.dyad.model.Event.Certainty;

/**
 * The rule that says two tellings tell one event, shared by the single-article merge
 * ({@link EventMerger}) and the corpus store: same CAMEO root, same negation, same target, sources that
 * agree or one unknown, compatible dates (see {@link #datesCompatible}) and equal quantities when both
 * are known.
 */
public final class SameEvent {
  private SameEvent() {}

  /**
   * What the rule looks at in one telling (or one merged event). {@code source} and {@code target}
   * are actor ids or null; {@code dateExplicit} is false when the date is only the article's date.
   */
  public record Telling(String root, boolean negated, String source, String target,
                        String date, boolean dateExplicit, Integer quantity) {
    public Telling {
      if (root == null || root.length() != 2) {
        throw new IllegalArgumentException("a telling needs a two-digit CAMEO root, got '" + root + "'");
      }
    }
  }

  /** True when {@code a} and {@code b} may tell the same event. */
  public static boolean matches(Telling a, Telling b) {
    if (!a.root().equals(b.root()) || a.negated() != b.negated()) {
      return false;
    }
    if (!Objects.equals(a.target(), b.target()) || !agree(a.source(), b.source())) {
      return false;
    }
    if (a.quantity() != null && b.quantity() != null && !a.quantity().equals(b.quantity())) {
      return false;
    }
    return datesCompatible(a.date(), a.dateExplicit(), b.date(), b.dateExplicit());
  }

  /**
   * An event's certainty from its tellings' votes: what most of the tellings that tell it as done
   * say (asserted or alleged; on a tie alleged, the less certain), and hypothetical only when none
   * does. Speculation about an act ("Syria could deport them") does not undo a report of it
   * ("Syria arrested them"): one event, and the act still counts.
   */
  public static Certainty certainty(Map<Certainty, Integer> votes) {
    for (List<Certainty> rank : List.of(List.of(Certainty.ALLEGED, Certainty.ASSERTED), List.of(Certainty.HYPOTHETICAL))) {
      Certainty best = null;
      int bestVotes = 0;
      for (Certainty c : rank) {
        int v = votes.getOrDefault(c, 0);
        if (v > bestVotes) {
          best = c;
          bestVotes = v;
        }
      }
      if (best != null) {
        return best;
      }
    }
    return Certainty.ASSERTED;
  }

  /** {@link #certainty(Map)} over lowercase certainty names, as the store and Spark keep them. */
  public static String certaintyName(Map<String, Integer> votes) {
    Map<Certainty, Integer> byCertainty = new HashMap<>();
    votes.forEach((name, n) -> byCertainty.merge(Certainty.valueOf(name.toUpperCase(Locale.ROOT)), n, Integer::sum));
    return certainty(byCertainty).name().toLowerCase(Locale.ROOT);
  }

  /** Two dates may name the same event when one of them is only the article's date, or they agree as far as both go. */
  public static boolean datesCompatible(String a, boolean aExplicit, String b, boolean bExplicit) {
    if (a == null || b == null || !aExplicit || !bExplicit) {
      return true;
    }
    return a.startsWith(b) || b.startsWith(a);
  }

  private static boolean agree(String a, String b) {
    return a == null || b == null || a.equals(b);
  }
}
