package org.dyad.eval;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of a gold set (docs/evaluation.md): a short text with its article date and the events,
 * actors and quotes a careful coder finds in it. Missing lists are empty.
 */
public record GoldText(
    String id,
    LocalDate date,
    String region,
    String text,
    List<GoldEvent> events,
    List<GoldActor> actors,
    List<GoldQuote> quotes) {
  public GoldText {
    id = GoldActor.blankToNull(id);
    if (id == null) {
      throw new IllegalArgumentException("a gold text needs an id");
    }
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("gold text " + id + " needs a text");
    }
    events = list(events, "events");
    actors = list(actors, "actors");
    quotes = list(quotes, "quotes");
  }

  private static <T> List<T> list(List<T> items, String field) {
    if (items == null) {
      return List.of();
    }
    if (items.contains(null)) {
      throw new IllegalArgumentException(field + " must not contain null, got " + items);
    }
    return List.copyOf(items);
  }
}
