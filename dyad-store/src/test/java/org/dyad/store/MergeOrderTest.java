package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.store.Fixtures.HAMAS;
import static org.dyad.store.Fixtures.SYRGOV;
import static org.dyad.store.Fixtures.analysis;
import static org.dyad.store.Fixtures.other;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Analysis;
import org.dyad.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same articles saved in every order give the same stored events, on H2 and on PostgreSQL: a
 * merged event's date, code, claimant and location are the best of its tellings, not the first.
 */
class MergeOrderTest {
  @TempDir Path dir;

  /** One arrest told by four articles that disagree on everything the merge may choose. */
  private static List<Analysis> tellings() {
    return List.of(
        told("a", "2024-12-09", "2024-12-09", "1731", "Reuters", "Rafah", 1),
        told("b", "2024-12-08", "2024-12-08", "1732", "AFP", "Gaza", 1),
        told("c", "2024-12-10", "2024-12-10", "1731", "AFP", null, 2),
        told("d", "2024-12-11", "2024-12-11", "1734", "Reuters", "Khan Younis", 1));
  }

  /** An article of {@code articleDate} whose arrest is dated only by it, with {@code mentions} mentions. */
  private static Analysis told(String id, String articleDate, String date, String cameo, String claimedBy, String location,
      int mentions) {
    List<Event.EventMention> told = new ArrayList<>();
    for (int i = 0; i < mentions; i++) {
      told.add(new Event.EventMention(i, i * 20, i * 20 + 10, "told here"));
    }
    Event e = Event.builder("e1").source(SYRGOV.ref()).target(HAMAS.ref()).cameo(cameo).root("17").label("label " + cameo)
        .goldstein(-5.0).quadClass(4).certainty(Event.Certainty.ALLEGED).claimedBy(claimedBy).date(date).location(location)
        .mentions(told).build();
    return analysis(id, other(id.charAt(0)), articleDate, null, List.of(SYRGOV, HAMAS), List.of(e));
  }

  /** Every order of {@code items}. */
  private static <T> List<List<T>> orders(List<T> items) {
    if (items.size() <= 1) {
      return List.of(items);
    }
    List<List<T>> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      List<T> rest = new ArrayList<>(items);
      T first = rest.remove(i);
      for (List<T> tail : orders(rest)) {
        List<T> order = new ArrayList<>();
        order.add(first);
        order.addAll(tail);
        out.add(order);
      }
    }
    return out;
  }

  /** What a store holds of its events, without ids. */
  private static List<String> events(String db, List<Analysis> order) {
    try (Store store = Store.open(db)) {
      order.forEach(store::save);
      return store.events(EventQuery.all()).stream().map(s -> {
        Event e = s.event();
        return String.join("|", e.source().id(), e.target().id(), e.cameo(), e.date(), e.claimedBy(),
            String.valueOf(e.location()), e.certainty().name(), String.valueOf(s.numArticles()), String.valueOf(e.numMentions()));
      }).sorted().toList();
    }
  }

  private void assertEveryOrderGivesTheSameEvents(java.util.function.Supplier<String> freshDb) {
    List<List<Analysis>> orders = orders(tellings());
    List<String> first = events(freshDb.get(), orders.get(0));
    assertThat(first).singleElement().asString()
        .isEqualTo("syrgov|hamas|1731|2024-12-08|AFP|Gaza|ALLEGED|4|5");
    for (List<Analysis> order : orders.subList(1, orders.size())) {
      assertThat(events(freshDb.get(), order)).as(order.stream().map(a -> a.article().id()).toList().toString())
          .isEqualTo(first);
    }
  }

  @Test
  void everyOrderOfSavingGivesTheSameEventsOnH2() {
    int[] n = {0};
    assertEveryOrderGivesTheSameEvents(() -> dir.resolve("db" + n[0]++).toString());
  }

  @Test
  void everyOrderOfSavingGivesTheSameEventsOnPostgres() throws SQLException {
    List<String> schemas = new ArrayList<>();
    try {
      assertEveryOrderGivesTheSameEvents(() -> {
        String name = "m" + Long.toHexString(System.nanoTime());
        String url = PostgresStoreTest.freshSchema(name);
        schemas.add(name);
        return url;
      });
    } finally {
      for (String s : schemas) {
        PostgresStoreTest.dropSchema(s);
      }
    }
  }
}
