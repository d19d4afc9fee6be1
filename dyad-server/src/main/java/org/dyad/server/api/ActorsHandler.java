package org.dyad.server.api;

import io.javalin.http.Context;
import org.dyad.store.Store;

/**
 * {@code GET /actors} (those in most events first, paginated) and {@code GET /actors/{id}}: one
 * actor with its aliases, role, affiliation and relations (the actors it has most events with).
 */
public final class ActorsHandler {
  private final Store store;

  public ActorsHandler(Store store) {
    this.store = store;
  }

  public void list(Context ctx) {
    Page.Request page = Params.page(ctx, 50, 500);
    ctx.json(Page.of(store.actors(page.limit(), page.offset()), page, store.counts().actors()));
  }

  public void one(Context ctx) {
    String id = ctx.pathParam("id");
    Integer relations = Params.integer(ctx, "relations", 0, 500);
    ctx.json(store.actor(id, relations == null ? 20 : relations).orElseThrow(() -> ApiError.notFound("no actor '" + id + "'")));
  }
}
