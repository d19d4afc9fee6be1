package org.dyad.server.api;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dyad.store.Store;

/**
 * {@code GET /search?q=}: actors whose name or an alias has a word starting with each word of q (or
 * whose id or code starts with q), and articles whose title or text has (full-text search).
 */
public final class SearchHandler {
  private final Store store;

  public SearchHandler(Store store) {
    this.store = store;
  }

  public void find(Context ctx) {
    String q = Params.text(ctx, "q");
    if (q == null) {
      throw ApiError.badRequest("q is required: the words to look for in actor names and aliases and in article titles and texts");
    }
    if (q.length() > 200) {
      throw ApiError.badRequest("q must be at most 200 characters, got " + q.length());
    }
    Integer limit = Params.integer(ctx, "limit", 1, 100);
    int n = limit == null ? 10 : limit;
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("query", q);
    out.put("actors", store.searchActors(q, n));
    out.put("articles", store.searchArticles(q, n));
    ctx.json(out);
  }
}
