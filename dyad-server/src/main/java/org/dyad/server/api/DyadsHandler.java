package org.dyad.server.api;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dyad.store.DyadQuery;
import org.dyad.store.EventQuery;
import org.dyad.store.Store;
import org.dyad.store.export.PeriodJson;

/**
 * {@code GET /dyads/{a}/{b}?by=month|year&direction=either|forward|both&from=&to=&top=N&certainty=&include_negated=}:
 * the relationship of two actors over time (from and to, days included, bound it), one entry per period with counts per quad class,
 * Goldstein sum and mean and its {@code top} events (the events behind a point of the timeline), of
 * the events that count as acts (asserted and alleged, not negated, unless asked); {@code counted}
 * says which, and each period's {@code left_out} tallies the others.
 */
public final class DyadsHandler {
  private static final Map<String, DyadQuery.Period> PERIODS = Map.of("month", DyadQuery.Period.MONTH, "year", DyadQuery.Period.YEAR);

  private final Store store;

  public DyadsHandler(Store store) {
    this.store = store;
  }

  public void series(Context ctx) {
    DyadQuery.Period by = Params.choice(ctx, "by", PERIODS, DyadQuery.Period.MONTH);
    EventQuery.Direction direction = Params.choice(ctx, "direction", EventsHandler.DIRECTIONS, EventQuery.Direction.EITHER);
    Integer top = Params.integer(ctx, "top", 0, 100);
    DyadQuery q = new DyadQuery(ctx.pathParam("a"), ctx.pathParam("b"), by, direction, top == null ? 3 : top, Params.counting(ctx));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("a", q.a());
    out.put("b", q.b());
    out.put("by", by);
    out.put("direction", direction);
    out.put("counted", q.counting().describe());
    java.time.LocalDate from = Params.date(ctx, "from");
    java.time.LocalDate to = Params.date(ctx, "to");
    if (from != null && to != null && from.isAfter(to)) {
      throw ApiError.badRequest("from must not be after to, got " + from + " and " + to);
    }
    out.put("from", from);
    out.put("to", to);
    out.put("periods", store.dyad(q, from, to).stream().map(PeriodJson::of).toList());
    ctx.json(out);
  }
}
