package org.dyad.store;

import java.time.LocalDate;
import org.dyad.events.merge.SameEvent;
import org.dyad.model.ActorRef;
import org.dyad.model.Event;

/**
 * The store's rules for events across articles, public so that another engine (the Spark job) makes
 * the same events of the same corpus: an article's event as a {@link SameEvent.Telling}, when it joins
 * an earlier event ({@link SameEvent} plus the window for dates that are only an article's date), what
 * the joined event keeps, and the publisher an article counts for in {@code num_sources}. What a
 * joined event keeps does not depend on the order its articles were saved in: each field is the best
 * of its tellings by a total order (date, code, location) or a count over its mentions (claimant).
 */
public final class CrossArticle {
  private CrossArticle() {}

  /** The telling of an article's event; its date is explicit unless it is only the article's date. */
  public static SameEvent.Telling telling(Event e, LocalDate articleDate) {
    return new SameEvent.Telling(e.root(), e.negated(), id(e.source()), id(e.target()), e.date(),
        explicit(e, articleDate), e.quantity());
  }

  static boolean explicit(Event e, LocalDate articleDate) {
    return e.date() != null && !e.date().equals(articleDate == null ? null : articleDate.toString());
  }

  /**
   * True when a new telling joins an event already made of earlier ones: {@link SameEvent#matches}, and
   * when either date is only its article's, the two dates within {@code sameEventDays} of each other.
   */
  public static boolean joins(SameEvent.Telling event, SameEvent.Telling telling, int sameEventDays) {
    if (!SameEvent.matches(event, telling)) {
      return false;
    }
    if (event.dateExplicit() && telling.dateExplicit()) {
      return true;
    }
    DayRange a = DayRange.of(event.date());
    DayRange b = DayRange.of(telling.date());
    return a == null || b == null || a.near(b, sameEventDays);
  }

  /**
   * True when the telling's date replaces the event's: any date over none, an explicit one over a
   * stand-in, a more precise one over a vaguer, and of two equally good the earlier. A total order, so
   * that the joined event's date is the best of its tellings whichever article was saved first.
   */
  public static boolean betterDate(SameEvent.Telling event, SameEvent.Telling telling) {
    return dateOrder(telling.date(), telling.dateExplicit(), event.date(), event.dateExplicit()) > 0;
  }

  private static int dateOrder(String a, boolean aExplicit, String b, boolean bExplicit) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : -1) : 1;
    }
    if (aExplicit != bExplicit) {
      return aExplicit ? 1 : -1;
    }
    if (a.length() != b.length()) {
      return Integer.compare(a.length(), b.length());
    }
    return b.compareTo(a); // ISO dates of one precision: the earlier is better
  }

  /** True when a telling's CAMEO code replaces the event's: the more specific, of two as specific the lower. */
  public static boolean betterCode(String eventCode, String tellingCode) {
    return tellingCode.length() > eventCode.length()
        || tellingCode.length() == eventCode.length() && tellingCode.compareTo(eventCode) < 0;
  }

  /** Of two values of a field only some tellings give (a location), the one kept: any over none, else the first in order. */
  public static String kept(String eventValue, String tellingValue) {
    if (eventValue == null || tellingValue == null) {
      return eventValue != null ? eventValue : tellingValue;
    }
    return tellingValue.compareTo(eventValue) < 0 ? tellingValue : eventValue;
  }

  /** Who an event is claimed by: the claimant of most of its mentions, of equals the first in order; null for none. */
  public static String claimant(java.util.Map<String, Integer> mentionsByClaimant) {
    String best = null;
    int most = 0;
    java.util.TreeMap<String, Integer> sorted = new java.util.TreeMap<>();
    mentionsByClaimant.forEach((who, n) -> {
      if (who != null) {
        sorted.put(who, n);
      }
    });
    for (var e : sorted.entrySet()) {
      if (e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return best;
  }

  /** The event after a telling joined it: the source and quantity it lacked, the better date. */
  public static SameEvent.Telling joined(SameEvent.Telling event, SameEvent.Telling telling) {
    boolean better = betterDate(event, telling);
    return new SameEvent.Telling(event.root(), event.negated(),
        event.source() != null ? event.source() : telling.source(), event.target(),
        better ? telling.date() : event.date(), better ? telling.dateExplicit() : event.dateExplicit(),
        event.quantity() != null ? event.quantity() : telling.quantity());
  }

  /** The publisher of an article by its URL's host ("www." dropped); null without a usable URL. */
  public static String publisher(String url) {
    return ArticleWriter.host(url);
  }

  private static String id(ActorRef ref) {
    return ref == null ? null : ref.id();
  }
}
