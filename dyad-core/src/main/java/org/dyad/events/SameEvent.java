package org.dyad.events;

import java.util.Objects;

/**
 * The rule that says two tellings tell one event, shared by the single-article merge
 * ({@link EventMerger}) and the corpus store: same CAMEO root, same negation, both hypothetical or both not, same target, sources that
 * agree or one unknown, compatible dates (see {@link #datesCompatible}) and equal quantities when both
 * are known.
 */
public final class SameEvent {
  private SameEvent() {}

  /**
   * What the rule looks at in one telling (or one merged event). {@code source} and {@code target}
   * are actor ids or null; {@code hypothetical} is true when the text says the act may happen, not
   * that it did; {@code dateExplicit} is false when the date is only the article's date.
   */
  public record Telling(String root, boolean negated, boolean hypothetical, String source, String target,
                        String date, boolean dateExplicit, Integer quantity) {
    public Telling {
      if (root == null || root.length() != 2) {
        throw new IllegalArgumentException("a telling needs a two-digit CAMEO root, got '" + root + "'");
      }
    }
  }

  /** True when {@code a} and {@code b} may tell the same event. */
  public static boolean matches(Telling a, Telling b) {
    // A hypothetical telling ("Israel could resume strikes") is not the act; joined to one ("Israel
    // resumed strikes") it would outvote or be outvoted by it, and an act would vanish from the counts.
    if (!a.root().equals(b.root()) || a.negated() != b.negated() || a.hypothetical() != b.hypothetical()) {
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
