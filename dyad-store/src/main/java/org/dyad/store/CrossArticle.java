package org.dyad.store;

import java.time.LocalDate;
import org.dyad.events.SameEvent;
import org.dyad.model.ActorRef;
import org.dyad.model.Event;

/**
 * The store's rules for events across articles, public so that another engine (the Spark job) makes
 * the same events of the same corpus: an article's event as a {@link SameEvent.Telling}, when it joins
 * an earlier event ({@link SameEvent} plus the window for dates that are only an article's date), what
 * the joined event keeps, and the publisher an article counts for in {@code num_sources}.
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

  /** True when the telling's date replaces the event's: any date over none, an explicit one over a stand-in, a more precise explicit one. */
  public static boolean betterDate(SameEvent.Telling event, SameEvent.Telling telling) {
    return telling.date() != null && (event.date() == null
        || telling.dateExplicit() && (!event.dateExplicit() || telling.date().length() > event.date().length()));
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
