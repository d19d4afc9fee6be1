package org.dyad.server.api;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Guards the write endpoints: a request that may change the store (anything but GET, HEAD and OPTIONS)
 * must carry {@code Authorization: Bearer <token>}, else it is refused with 401 before its body is read.
 * The token is compared in constant time.
 */
public final class BearerAuth {
  private final byte[] token;

  public BearerAuth(String token) {
    this.token = token.getBytes(StandardCharsets.UTF_8);
  }

  public void check(Context ctx) {
    HandlerType m = ctx.method();
    if (m == HandlerType.GET || m == HandlerType.HEAD || m == HandlerType.OPTIONS) {
      return;
    }
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiError(401, "this request needs the header 'Authorization: Bearer <token>' (the token dyad serve printed or DYAD_TOKEN)");
    }
    byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(given, token)) {
      ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      throw new ApiError(401, "the bearer token is not the server's token");
    }
  }
}
