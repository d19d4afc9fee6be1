package org.dyad.server;

import io.javalin.http.Context;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Refuses a request whose {@code Host} header names this server by a name it was not given, with 421
 * Misdirected Request. A web page the analyst visits could otherwise point a name of its own at
 * 127.0.0.1 (DNS rebinding) and read the API from the browser. Loopback names ({@code localhost},
 * {@code 127.0.0.1}, {@code [::1]}), the address the server listens on and the names of
 * {@code --allowed-host} are accepted, with any port; a request without a Host header is not from a
 * browser and is let through.
 */
final class HostCheck {
  static final List<String> LOOPBACK = List.of("localhost", "127.0.0.1", "[::1]");

  private final Set<String> allowed;

  HostCheck(ServerConfig config) {
    Set<String> names = new LinkedHashSet<>(LOOPBACK);
    if (!config.host().equals("0.0.0.0") && !config.host().equals("::")) {
      names.add(normalised(config.host().contains(":") && !config.host().startsWith("[") ? "[" + config.host() + "]" : config.host()));
    }
    config.allowedHosts().forEach(h -> names.add(normalised(h)));
    this.allowed = java.util.Collections.unmodifiableSet(names); // in order, for the message
  }

  /** The name of a Host header without its port, lowercase: "LocalHost:7070" -> "localhost", "[::1]:80" -> "[::1]". */
  static String name(String hostHeader) {
    String h = hostHeader.strip();
    int colon = h.lastIndexOf(':');
    boolean bracketed = h.startsWith("[");
    if (colon >= 0 && (!bracketed || colon > h.indexOf(']'))) {
      h = h.substring(0, colon);
    }
    return normalised(h);
  }

  private static String normalised(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
  }

  void check(Context ctx) {
    String header = ctx.header("Host");
    if (header == null || header.isBlank() || allowed.contains(name(header))) {
      return;
    }
    String message = "Host '" + header + "' is not a name of this server; it answers to " + String.join(", ", allowed)
        + " (dyad serve --allowed-host NAME adds one)";
    ctx.status(421);
    if (ctx.path().startsWith("/api/")) {
      ctx.json(Map.of("error", Map.of("status", 421, "message", message)));
    } else {
      ctx.contentType("text/html; charset=utf-8").result("<!DOCTYPE html><html><head><title>421 Misdirected Request</title></head>"
          + "<body><h1>421 Misdirected Request</h1><p>" + escaped(message) + "</p></body></html>");
    }
    ctx.skipRemainingHandlers();
  }

  private static String escaped(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;").replace("\"", "&quot;");
  }

  /** The accepted names, for the docs and messages. */
  List<String> names() {
    return List.copyOf(allowed);
  }
}
