package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dyad serve} as a user runs it: a JVM of its own on a free port over an H2 database that
 * {@code dyad ingest} filled, asked over real HTTP, then stopped as Ctrl-C or a service manager
 * stops it (SIGTERM), which must close the server and the store's connections.
 */
// A hang guard only (the child may fail to start): nothing here asserts how long anything takes.
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ServeCommandTest {
  /** Written for this test: an arrest and an appeal between named states. */
  static final String ARTICLE = """
      ADDIS ABABA, May 4 - Ethiopian police arrested twelve opposition activists in Addis Ababa on Saturday, \
      a day before a planned rally against rising food prices, the opposition party said in a statement.

      The government accused the activists of planning violent protests. Kenya urged Ethiopia to release \
      the detained activists and to allow peaceful demonstrations.
      """;
  private static final Pattern SERVING = Pattern.compile("dyad serving .* at (http://\\S+?)/ ");
  /** A chosen write token, so that the server prints no generated secret into the build log. */
  private static final String TOKEN = "serve-command-test-token";

  @TempDir
  Path dir;
  private Path db;
  private Process serve;
  private String base;
  private final HttpClient http = HttpClient.newHttpClient();
  /** What the server prints after its address, read to the end by {@link #drain}. */
  private final StringBuffer laterOutput = new StringBuffer();
  private Thread drain;

  @BeforeEach
  void ingestAndServe() throws IOException {
    db = dir.resolve("db");
    Cli.Result ingest = Cli.run("ingest", "--db", db.toString(), Articles.write(dir, "addis.txt", ARTICLE).toString());
    assertThat(ingest.status()).as(ingest.toString()).isZero();
    ProcessBuilder pb = new ProcessBuilder(ChildJvm.dyad("serve", "--db", db.toString(), "--port", "0", "--connections", "2",
        "--allowed-host", "dyad.example", "--allowed-host", "analyst.example"))
        .redirectError(dir.resolve("serve.err").toFile());
    pb.environment().put("DYAD_TOKEN", TOKEN);
    serve = pb.start();
    base = awaitAddress(serve);
  }

  /** The base URL the server prints once it listens; the rest of its output is read by a thread, so it never blocks. */
  private String awaitAddress(Process child) throws IOException {
    BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      seen.append(line).append('\n');
      Matcher m = SERVING.matcher(line);
      if (m.find()) {
        drain = new Thread(() -> out.lines().forEach(l -> laterOutput.append(l).append('\n')), "serve-stdout");
        drain.setDaemon(true);
        drain.start();
        return m.group(1);
      }
    }
    throw new AssertionError("dyad serve ended without serving:\n" + seen + Files.readString(dir.resolve("serve.err")));
  }

  @AfterEach
  void stop() throws InterruptedException {
    if (serve.isAlive()) {
      serve.destroyForcibly().waitFor();
    }
  }

  @Test
  void statsCountTheIngestedArticleAndItsEvents() throws Exception {
    JsonNode stats = get("/api/v1/stats");
    assertThat(stats.get("articles").asInt()).isEqualTo(1);
    assertThat(stats.get("events").asInt()).isPositive();
    assertThat(stats.get("actors").asInt()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void theCliQueriesAndIngestsIntoTheStoreTheServerHoldsOpen() throws Exception {
    Cli.Result events = Cli.run("events", "--db", db.toString(), "--format", "json", "--limit", "0");
    assertThat(events.status()).as(events.toString()).isZero();
    assertThat(events.jsonLines()).hasSize(get("/api/v1/stats").get("events").asInt());
    Path more = Articles.write(dir, "cairo.txt", "Egypt and Qatar hosted new talks in Cairo on Tuesday between Israel and Hamas"
        + " on a ceasefire in Gaza, diplomats said. The United Nations welcomed the talks.");
    Cli.Result ingest = Cli.run("ingest", "--db", db.toString(), more.toString());
    assertThat(ingest.status()).as(ingest.toString()).isZero();
    assertThat(get("/api/v1/stats").get("articles").asInt()).as("the server sees what the CLI stored").isEqualTo(2);
  }

  /** The status line's code of a GET with a forged Host header, written on a socket as a browser would send it. */
  private int statusWithHost(String host) throws IOException {
    URI uri = URI.create(base);
    try (java.net.Socket s = new java.net.Socket(uri.getHost(), uri.getPort())) {
      s.setSoTimeout(10_000);
      s.getOutputStream().write(("GET /api/v1/stats HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      String status = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII)).readLine();
      return Integer.parseInt(status.substring(9, 12));
    }
  }

  @Test
  void hostsGivenByAllowedHostAreServedAndForeignOnesRefused() throws Exception {
    assertThat(statusWithHost("localhost")).isEqualTo(200);
    assertThat(statusWithHost("dyad.example:7070")).isEqualTo(200);
    assertThat(statusWithHost("analyst.example")).isEqualTo(200);
    assertThat(statusWithHost("evil.example")).isEqualTo(421);
  }

  @Test
  void theArticleComesBackWithItsOriginalTextAndEvents() throws Exception {
    JsonNode list = get("/api/v1/articles");
    assertThat(list.get("total").asInt()).isEqualTo(1);
    long id = list.get("items").get(0).get("id").asLong();
    JsonNode article = get("/api/v1/articles/" + id);
    assertThat(article.get("text").asText()).isEqualTo(ARTICLE);
    assertThat(article.get("events")).isNotEmpty();
  }

  @Test
  void sigtermStopsTheServerAndReleasesTheDatabase() throws Exception {
    // SIGTERM through the handle: Process.destroy() would also close our end of the child's output.
    serve.toHandle().destroy();
    int status = serve.waitFor();
    drain.join();
    assertThat(status).as("exit status after SIGTERM (128 + 15)").isEqualTo(143);
    assertThat(laterOutput.toString()).as(Files.readString(dir.resolve("serve.err"))).contains("dyad serve stopped: server and database closed");
    assertThat(Files.readString(dir.resolve("serve.err"))).doesNotContain("Exception");
    assertThatThrownBy(() -> get("/api/v1/stats")).isInstanceOf(ConnectException.class);
    // The database holds what the server served, and this JVM can open it now that the server is gone.
    try (Store store = Store.open(db.toString())) {
      assertThat(store.counts().articles()).isEqualTo(1);
    }
  }

  private JsonNode get(String path) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
    return Cli.json(r.body());
  }
}
