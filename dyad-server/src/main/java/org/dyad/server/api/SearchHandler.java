package org.dyad.server.api;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dyad.store.Store;

/** {@code GET /search?q=}: actors whose id, code, name or an alias contains q, and articles whose title does. */
public final class SearchHandler {
  private final Store store;

  public SearchHandler(Store store) {
    this.store = store;
  }

  public void find(Context ctx) {
    String q = Params.text(ctx, "q");
    if (q == null) {
      throw ApiError.badRequest("q is required: the text to look for in actor names and article titles");
    }
    if (q.length() > 200) {
      throw ApiError.badRequest("q must be at most 200 characters, got " + q.length());
    }
    Integer limit = Params.integer(ctx, "limit", 1, 100);
    int n = limit == null ? 10 : limit;
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("query", q);
    out.put("actors", store.searchActors(q, n));
    out.put("articles", store.articlesByTitle(q, n));
    ctx.json(out);
  }
}
