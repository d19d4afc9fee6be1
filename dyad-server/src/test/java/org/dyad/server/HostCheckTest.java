package org.dyad.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.dyad.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real HTTP/1.1 requests written on a socket, so that the Host header can be forged as a DNS-rebinding
 * page's would be: loopback names and allowed names are served, any other name gets 421 with a JSON
 * error under /api and an HTML page elsewhere.
 */
class HostCheckTest {
  @TempDir static Path dir;
  static Store store;
  static DyadServer server;

  @BeforeAll
  static void start() {
    store = Store.open(dir.resolve("db").toString());
    server = DyadServer.create(store, TestCorpus::analyzer, ServerConfig.defaults(ServerConfig.generateToken()).withPort(0)
        .withAllowedHosts(List.of("dyad.example"))).start();
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  /** Sends GET {@code path} with {@code host} as its Host header; returns the whole response. */
  private static String get(String path, String host) throws IOException {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = s.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      return all.toString(StandardCharsets.UTF_8);
    }
  }

  private static int status(String response) {
    return Integer.parseInt(response.substring(9, 12));
  }

  @Test
  void loopbackNamesWithTheirPortAreServed() throws IOException {
    int port = server.port();
    for (String host : List.of("localhost:" + port, "127.0.0.1:" + port, "[::1]:" + port, "LOCALHOST", "localhost.:" + port)) {
      assertThat(status(get("/api/v1/stats", host))).as(host).isEqualTo(200);
    }
  }

  @Test
  void anAllowedNameIsServed() throws IOException {
    assertThat(status(get("/api/v1/stats", "dyad.example:8080"))).isEqualTo(200);
  }

  @Test
  void aForeignNameGets421WithAJsonErrorNamingIt() throws IOException {
    String r = get("/api/v1/stats", "evil.example:" + server.port());

    assertThat(status(r)).isEqualTo(421);
    assertThat(r).contains("\"status\":421").contains("Host 'evil.example:" + server.port() + "' is not a name of this server")
        .contains("it answers to localhost, 127.0.0.1, [::1], dyad.example (dyad serve --allowed-host NAME adds one)")
        .doesNotContain("\"articles\"");
  }

  @Test
  void aForeignNameGetsAnErrorPageInsteadOfTheWebUi() throws IOException {
    String r = get("/", "rebind.attacker.example");

    assertThat(status(r)).isEqualTo(421);
    assertThat(r).containsIgnoringCase("content-type: text/html").contains("<h1>421 Misdirected Request</h1>")
        .contains("rebind.attacker.example");
  }

  @Test
  void aNameThatMerelyContainsAnAllowedOneIsRefused() throws IOException {
    assertThat(status(get("/api/v1/stats", "localhost.evil.example"))).isEqualTo(421);
    assertThat(status(get("/api/v1/stats", "127.0.0.1.nip.io"))).isEqualTo(421);
  }

  @Test
  void hostNamesAreReadWithoutTheirPort() {
    assertThat(HostCheck.name("LocalHost:7070")).isEqualTo("localhost");
    assertThat(HostCheck.name("[::1]:80")).isEqualTo("[::1]");
    assertThat(HostCheck.name("[::1]")).isEqualTo("[::1]");
    assertThat(HostCheck.name("example.org")).isEqualTo("example.org");
  }

  @Test
  void anAllowedHostWithAPortOrSchemeIsRefused() {
    assertThatThrownBy(() -> ServerConfig.defaults(ServerConfig.generateToken()).withAllowedHosts(List.of("http://x.example")))
        .hasMessageContaining("without a port or scheme").hasMessageContaining("'http://x.example'");
    assertThatThrownBy(() -> ServerConfig.defaults(ServerConfig.generateToken()).withAllowedHosts(List.of("x.example:80")))
        .hasMessageContaining("'x.example:80'");
  }
}
