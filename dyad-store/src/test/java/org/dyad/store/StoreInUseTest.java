package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dyad.model.DyadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An H2 store another process holds open: a store given as a folder is shared (AUTO_SERVER), so a
 * second process reads and writes it; one opened alone (AUTO_SERVER=FALSE) tells the second who holds
 * it and what to do. Either way the first loses nothing.
 */
class StoreInUseTest {
  @TempDir
  Path dir;

  /** A child that has saved article 0 into {@code db} and holds the store open until killed. */
  private static Process holding(String db) throws Exception {
    Process child = new ProcessBuilder(SavingChild.command(db, 0, 1)).redirectErrorStream(true).start();
    BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    String line;
    do {
      line = out.readLine();
    } while (line != null && !line.equals("saved 0"));
    assertThat(line).as("the child saved its article").isEqualTo("saved 0");
    return child;
  }

  @Test
  void aSecondProcessReadsAndWritesAFolderStoreThatAnotherHoldsOpen() throws Exception {
    String db = dir.resolve("store").toString();
    Process child = holding(db);
    try (Store store = Store.open(db)) {
      assertThat(store.counts().articles()).as("the child's article, read through its server").isEqualTo(1);
      store.save(Fixtures.analysis("mine", Fixtures.other(7), "2024-03-02", null, List.of(Fixtures.HAMAS), List.of()));
      assertThat(store.counts().articles()).isEqualTo(2);
    } finally {
      child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
    try (Store store = Store.open(db)) {
      assertThat(store.counts().articles()).as("both articles kept after the serving process was killed").isEqualTo(2);
    }
  }

  @Test
  void theProcessServingAFolderStoreCannotBeReachedFromTheNetwork() throws Exception {
    java.net.InetAddress outside = java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces()).stream()
        .flatMap(i -> java.util.Collections.list(i.getInetAddresses()).stream())
        .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress()).findFirst().orElse(null);
    org.junit.jupiter.api.Assumptions.assumeTrue(outside != null, "this machine has a network address");
    String db = dir.resolve("shared").toString();
    Process child = holding(db);
    try {
      java.util.Properties lock = new java.util.Properties();
      try (var in = java.nio.file.Files.newInputStream(dir.resolve("shared").resolve("dyad.lock.db"))) {
        lock.load(in);
      }
      String server = lock.getProperty("server");
      assertThat(server).as("the serving address the lock file gives").isNotNull();
      int port = Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));
      try (java.net.Socket loopback = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), port)) {
        assertThat(loopback.isConnected()).as("reachable on loopback").isTrue();
      }
      assertThatThrownBy(() -> new java.net.Socket(outside, port).close()).as("port %d on %s", port, outside)
          .isInstanceOf(java.io.IOException.class);
    } finally {
      child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void aSecondProcessOnAStoreOpenedAloneIsToldWhoHoldsItAndWhatToDo() throws Exception {
    String alone = "jdbc:h2:file:" + dir.resolve("alone").resolve("dyad") + ";AUTO_SERVER=FALSE";
    Process child = holding(alone);
    try {
      assertThatThrownBy(() -> Store.open(alone).close()).isInstanceOf(DyadException.class)
          .hasMessageContaining("open in another dyad process").hasMessageContaining("PostgreSQL")
          .hasMessageContaining("folder").hasMessageNotContaining("server mode");
    } finally {
      child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
    try (Store store = Store.open(alone)) {
      assertThat(store.counts().articles()).as("once the holder is gone the store opens, its article kept").isEqualTo(1);
    }
  }
}
