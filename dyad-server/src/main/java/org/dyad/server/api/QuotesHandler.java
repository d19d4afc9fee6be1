package org.dyad.server.api;

import io.javalin.http.Context;
import org.dyad.store.Store;

/** {@code GET /quotes?actor=&article=}: quotations, by speaker (id, code or code prefix) and article, paginated. */
public final class QuotesHandler {
  private final Store store;

  public QuotesHandler(Store store) {
    this.store = store;
  }

  public void list(Context ctx) {
    Page.Request page = Params.page(ctx, 50, 500);
    String actor = Params.text(ctx, "actor");
    Integer article = Params.integer(ctx, "article", 1, Integer.MAX_VALUE);
    Long articleId = article == null ? null : article.longValue();
    ctx.json(Page.of(store.quotes(actor, articleId, page.limit(), page.offset()), page, store.countQuotes(actor, articleId)));
  }
}
