package org.dyad.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.dyad.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's defaults: loopback only, a strong generated token, sane limits. */
class ServerConfigTest {
  @TempDir
  Path dir;

  @Test
  void theDefaultsAreLoopbackPort7070AndTwoMebibyteBodies() {
    ServerConfig c = ServerConfig.defaults(ServerConfig.generateToken());
    assertThat(c.host()).isEqualTo("127.0.0.1");
    assertThat(c.port()).isEqualTo(7070);
    assertThat(c.maxBodyBytes()).isEqualTo(2 * 1024 * 1024);
  }

  @Test
  void aGeneratedTokenIs32RandomBytesInBase64Url() {
    String a = ServerConfig.generateToken();
    String b = ServerConfig.generateToken();
    assertThat(a).hasSize(43).matches("[A-Za-z0-9_-]{43}");
    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void aShortTokenOrABadPortIsRefused() {
    assertThatThrownBy(() -> ServerConfig.defaults("short")).hasMessage("token must have at least 16 characters, got 5");
    assertThatThrownBy(() -> ServerConfig.defaults(ServerConfig.generateToken()).withPort(70000))
        .hasMessage("port must be 0..65535, got 70000");
  }

  @Test
  void theServerListensOnLoopbackOnlyByDefault() throws Exception {
    try (Store store = Store.open(dir.resolve("db").toString());
         DyadServer server = DyadServer.create(store, TestCorpus::analyzer,
             ServerConfig.defaults(ServerConfig.generateToken()).withPort(0)).start()) {
      assertThat(server.boundHost()).isEqualTo("127.0.0.1").isNotEqualTo("0.0.0.0");
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()), 2000);
        assertThat(s.isConnected()).isTrue();
      }
      List<InetAddress> outside = nonLoopbackAddresses();
      assumeThat(outside).as("a non-loopback address to try").isNotEmpty();
      for (InetAddress address : outside) {
        try (Socket s = new Socket()) {
          assertThatThrownBy(() -> s.connect(new InetSocketAddress(address, server.port()), 2000))
              .as("connect via " + address).isInstanceOf(ConnectException.class);
        }
      }
    }
  }

  private static List<InetAddress> nonLoopbackAddresses() throws SocketException {
    return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
        .filter(i -> {
          try {
            return i.isUp() && !i.isLoopback();
          } catch (SocketException e) {
            return false;
          }
        })
        .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
        .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
        .toList();
  }
}
