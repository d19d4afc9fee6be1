package org.dyad.server.api;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dyad.json.AnalysisJson;
import org.dyad.store.Store;
import org.dyad.store.StoredStory;
import org.dyad.store.export.EventJson;

/**
 * {@code GET /stories} (the story with the newest article first, paginated) and {@code GET /stories/{id}}:
 * a story is the articles the near-duplicate index put together (its id is its first article's), with
 * each article's title, publisher, date and similarity, and the events they tell, each once.
 */
public final class StoriesHandler {
  private final Store store;

  public StoriesHandler(Store store) {
    this.store = store;
  }

  public void list(Context ctx) {
    Page.Request page = Params.page(ctx, 20, 100);
    ctx.json(Page.of(store.stories(page.limit(), page.offset()).stream().map(StoriesHandler::json).toList(), page,
        store.counts().stories()));
  }

  public void one(Context ctx) {
    long id = Params.id(ctx, "id");
    ctx.json(json(store.story(id).orElseThrow(() -> ApiError.notFound("no story " + id + " (a story goes by its first article's id)"))));
  }

  private static Map<String, Object> json(StoredStory s) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", s.id());
    out.put("articles", s.articles().stream().map(a -> AnalysisJson.mapper().valueToTree(a)).toList());
    out.put("events", s.events().stream().map(EventJson::of).toList());
    return out;
  }
}
