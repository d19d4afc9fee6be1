package org.dyad.server;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * How {@code dyad serve} listens: host and port (port 0 = any free port), the bearer token that write
 * requests must carry, the largest request body accepted, and the names besides loopback's that a
 * request's Host header may give ({@code allowedHosts}; see {@link HostCheck}). The default host is
 * loopback only: dyad serves one analyst's machine unless told otherwise.
 */
public record ServerConfig(String host, int port, String token, int maxBodyBytes, List<String> allowedHosts) {
  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 7070;
  /** 2 MiB: far above a news article as JSON, far below what would hurt the pipeline. */
  public static final int DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;
  /** The environment variable that gives the write token. */
  public static final String TOKEN_VARIABLE = "DYAD_TOKEN";

  public ServerConfig {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("host must not be blank");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535, got " + port);
    }
    if (token == null || token.length() < 16) {
      throw new IllegalArgumentException("token must have at least 16 characters, got " + (token == null ? "none" : token.length()));
    }
    if (maxBodyBytes < 1024) {
      throw new IllegalArgumentException("maxBodyBytes must be >= 1024, got " + maxBodyBytes);
    }
    allowedHosts = List.copyOf(allowedHosts);
    for (String h : allowedHosts) {
      if (h.isBlank() || !h.strip().matches("[A-Za-z0-9._-]+|\\[[0-9A-Fa-f:.]+]")) {
        throw new IllegalArgumentException("an allowed host must be a host name or address without a port or scheme"
            + " (dyad.example, 192.168.1.5, [fe80::1]), got '" + h + "'");
      }
    }
  }

  /** Loopback, port 7070, 2 MiB bodies, no extra Host names, with this token. */
  public static ServerConfig defaults(String token) {
    return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, token, DEFAULT_MAX_BODY_BYTES, List.of());
  }

  public ServerConfig withHost(String h) {
    return new ServerConfig(h, port, token, maxBodyBytes, allowedHosts);
  }

  public ServerConfig withPort(int p) {
    return new ServerConfig(host, p, token, maxBodyBytes, allowedHosts);
  }

  public ServerConfig withMaxBodyBytes(int max) {
    return new ServerConfig(host, port, token, max, allowedHosts);
  }

  /** Also accept requests whose Host header gives one of these names (any port). */
  public ServerConfig withAllowedHosts(List<String> names) {
    return new ServerConfig(host, port, token, maxBodyBytes, names);
  }

  /** A fresh random token: 32 bytes from {@link SecureRandom}, base64url without padding (43 characters). */
  public static String generateToken() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
