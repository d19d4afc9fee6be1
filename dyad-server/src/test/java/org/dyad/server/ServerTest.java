package org.dyad.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.dyad.json.AnalysisJson;
import org.dyad.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real server on a random loopback port over a real H2 database holding {@link TestCorpus}, shared
 * by the tests of one class, and a small HTTP client for them.
 */
abstract class ServerTest {
  static final String TOKEN = "test-token-0123456789abcdef";

  @TempDir
  static Path dir;

  static Store store;
  static DyadServer server;
  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void startServer() {
    store = TestCorpus.seeded(dir);
    server = DyadServer.create(store, TestCorpus::analyzer, ServerConfig.defaults(TOKEN).withPort(0)).start();
  }

  @AfterAll
  static void stopServer() {
    server.close();
    store.close();
  }

  static String base() {
    return "http://127.0.0.1:" + server.port();
  }

  static HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build());
  }

  static HttpResponse<String> post(String path, String body, String token) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return send(b.build());
  }

  static HttpResponse<String> send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return AnalysisJson.mapper().readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + response.body(), e);
    }
  }

  /** One line of a JSON Lines body. */
  static JsonNode jsonLine(String line) {
    try {
      return AnalysisJson.mapper().readTree(line);
    } catch (IOException e) {
      throw new AssertionError("not a JSON line: " + line, e);
    }
  }

  /** GET {@code path}, expecting 200 and JSON. */
  static JsonNode getJson(String path) {
    HttpResponse<String> r = get(path);
    if (r.statusCode() != 200) {
      throw new AssertionError("GET " + path + " gave " + r.statusCode() + ": " + r.body());
    }
    return json(r);
  }
}
