package org.dyad.spark;

import java.util.ArrayList;
import java.util.List;
import org.dyad.store.CrossArticle;

/**
 * The merge across articles for one group of tellings that share root, target and negation, done as
 * the store does it: tellings in input order, each joining the first earlier event it
 * {@link CrossArticle#joins} (events in the order they were made), else making a new event. Since
 * tellings of different groups never join, groups can be merged on different executors.
 */
final class EventJoin implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  private final int sameEventDays;

  EventJoin(int sameEventDays) {
    if (sameEventDays < 0) {
      throw new IllegalArgumentException("sameEventDays must be >= 0, got " + sameEventDays);
    }
    this.sameEventDays = sameEventDays;
  }

  List<CorpusEvent> join(Iterable<Told> group) {
    List<Told> tellings = new ArrayList<>();
    group.forEach(tellings::add);
    tellings.sort(Told.INPUT_ORDER);
    List<CorpusEvent> events = new ArrayList<>();
    for (Told t : tellings) {
      CorpusEvent home = null;
      for (CorpusEvent e : events) {
        if (CrossArticle.joins(e.telling(), t.asTelling(), sameEventDays)) {
          home = e;
          break;
        }
      }
      if (home == null) {
        events.add(new CorpusEvent(t));
      } else {
        home.join(t);
      }
    }
    return events;
  }
}
