package org.dyad.server.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become HTTP responses: {@code {"error": {"status": 404, "message": "..."}}}.
 * {@link ApiError}s carry their status; Javalin's own (unknown route 404, 405, 413) keep theirs;
 * anything else is a 500 whose details go to the log, not to the client.
 */
public final class ErrorMapping {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

  private ErrorMapping() {}

  public static void register(Javalin app) {
    app.exception(ApiError.class, (e, ctx) -> write(ctx, e.status(), e.getMessage()));
    app.exception(HttpResponseException.class, (e, ctx) -> write(ctx, e.getStatus(), message(e, ctx)));
    app.exception(Exception.class, (e, ctx) -> {
      LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
      write(ctx, 500, "internal error: " + e.getClass().getSimpleName());
    });
  }

  private static String message(HttpResponseException e, Context ctx) {
    return switch (e.getStatus()) {
      case 404 -> "no such resource: " + ctx.method() + " " + ctx.path();
      case 405 -> "method " + ctx.method() + " not allowed on " + ctx.path();
      case 413 -> "request body too large";
      default -> e.getMessage();
    };
  }

  static void write(Context ctx, int status, String message) {
    ctx.status(status).json(Map.of("error", Map.of("status", status, "message", message == null ? "" : message)));
  }
}
