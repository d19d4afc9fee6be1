package org.dyad.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.dyad.model.Event;
import org.dyad.store.EventQuery;
import org.dyad.store.PlaceFilter;
import org.dyad.store.Store;
import org.dyad.store.export.EventJson;

/**
 * {@code GET /events}: stored events with the filters of {@code dyad events} as query parameters
 * (actor, dyad=A:B, direction, cameo or root, quad, from, to, certainty, negated, sort), paginated;
 * {@code GET /events/{id}}: one event with all its mentions and articles.
 */
public final class EventsHandler {
  static final Map<String, EventQuery.Direction> DIRECTIONS = Map.of("either", EventQuery.Direction.EITHER,
      "forward", EventQuery.Direction.FORWARD, "both", EventQuery.Direction.BOTH);
  private static final Map<String, EventQuery.Sort> SORTS = Map.of("date", EventQuery.Sort.DATE,
      "goldstein", EventQuery.Sort.GOLDSTEIN, "articles", EventQuery.Sort.NUM_ARTICLES);
  private static final Map<String, Event.Certainty> CERTAINTIES = Map.of("asserted", Event.Certainty.ASSERTED,
      "alleged", Event.Certainty.ALLEGED, "hypothetical", Event.Certainty.HYPOTHETICAL);

  private final Store store;

  public EventsHandler(Store store) {
    this.store = store;
  }

  public void list(Context ctx) {
    Page.Request page = Params.page(ctx, 50, 500);
    EventQuery q = query(ctx).page(page.limit(), page.offset());
    List<ObjectNode> items = store.events(q).stream().map(EventJson::of).toList();
    ctx.json(Page.of(items, page, store.countEvents(q)));
  }

  public void one(Context ctx) {
    long id = Params.id(ctx, "id");
    ctx.json(EventJson.of(store.event(id).orElseThrow(() -> ApiError.notFound("no event " + id))));
  }

  /** The filters of the request; a bad one is a 400 naming it. */
  static EventQuery query(Context ctx) {
    String cameo = Params.text(ctx, "cameo") != null ? Params.text(ctx, "cameo") : Params.text(ctx, "root");
    String dyad = Params.text(ctx, "dyad");
    try {
      EventQuery q = EventQuery.all()
          .withActor(Params.text(ctx, "actor"))
          .withCameo(cameo)
          .withQuadClass(Params.integer(ctx, "quad", 1, 4))
          .between(Params.date(ctx, "from"), Params.date(ctx, "to"))
          .withCertainty(Params.choice(ctx, "certainty", CERTAINTIES, null))
          .withNegated(Params.bool(ctx, "negated"))
          .sortedBy(Params.choice(ctx, "sort", SORTS, EventQuery.Sort.DATE))
          .at(PlaceFilter.of(Params.text(ctx, "country"), Params.text(ctx, "bbox")));
      if (dyad != null) {
        String[] ab = dyad.split(":", -1);
        if (ab.length != 2 || ab[0].isBlank() || ab[1].isBlank()) {
          throw ApiError.badRequest("dyad must be A:B, got '" + dyad + "'");
        }
        q = q.withDyad(ab[0].strip(), ab[1].strip(), Params.choice(ctx, "direction", DIRECTIONS, EventQuery.Direction.EITHER));
      }
      return q;
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest(e.getMessage());
    }
  }
}
