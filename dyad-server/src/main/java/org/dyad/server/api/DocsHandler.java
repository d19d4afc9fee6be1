package org.dyad.server.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Serves the OpenAPI 3 document of the API ({@code /api/v1/openapi.json}) and Swagger UI's page ({@code /api/docs}). */
public final class DocsHandler {
  private final String openapi = resource("/org/dyad/server/openapi.json");
  private final String swaggerPage = resource("/web/api-docs.html");

  public void openapi(Context ctx) {
    ctx.contentType("application/json").result(openapi);
  }

  public void swaggerUi(Context ctx) {
    ctx.html(swaggerPage);
  }

  private static String resource(String name) {
    try (InputStream in = DocsHandler.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
  }
}
