package org.dyad.spark;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dyad.model.ActorRef;
import org.dyad.store.EventQuery;
import org.dyad.store.Store;
import org.dyad.store.StoredEvent;

/**
 * What must agree between the job's events and the store's: each event as (source, target, CAMEO,
 * date, number of articles). Event ids differ (the store numbers its events; the job names them by
 * their first telling), so they are not part of it.
 */
final class EventKeys {
  private EventKeys() {}

  static Set<List<Object>> ofStore(Store store) {
    Set<List<Object>> keys = new HashSet<>();
    for (StoredEvent e : store.events(EventQuery.all())) {
      keys.add(List.of(id(e.event().source()), id(e.event().target()), e.event().cameo(),
          String.valueOf(e.event().date()), e.numArticles()));
    }
    return keys;
  }

  /** The keys of a Parquet {@code events} table. */
  static Set<List<Object>> ofTable(Dataset<Row> events) {
    Set<List<Object>> keys = new HashSet<>();
    for (Row r : events.collectAsList()) {
      keys.add(List.of(String.valueOf(r.<String>getAs("source_actor")), String.valueOf(r.<String>getAs("target_actor")),
          r.<String>getAs("cameo"), String.valueOf(r.<String>getAs("date")), r.<Integer>getAs("num_articles")));
    }
    return keys;
  }

  /** An exchange format's line without GDELT's DATEADDED and MentionTimeDate (YYYYMMDDHHMMSS): when the store ingested, when the job ran. */
  static String withoutTimes(String line) {
    return line.replaceAll("(?<=^|\t)\\d{14}(?=\t|$)", "");
  }

  private static String id(ActorRef ref) {
    return ref == null ? "null" : ref.id();
  }
}
