package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a save acknowledged survives kill -9 at once: a child JVM saves articles and prints
 * {@code saved N} after each commit; the test kills it the moment it reads the line, many times,
 * and every acknowledged article must be in the store when it is opened again.
 */
class DurabilityTest {
  @TempDir
  Path dir;

  @Test
  void anArticleAcknowledgedOnH2SurvivesAKillRightAfterTheAcknowledgement() throws Exception {
    assertThat(lostAfterKills(dir.resolve("store").toString())).isEmpty();
  }

  @Test
  void anArticleAcknowledgedOnPostgresSurvivesAKillRightAfterTheAcknowledgement() throws Exception {
    String schema = "durable_" + Long.toHexString(System.nanoTime());
    String db = PostgresStoreTest.freshSchema(schema);
    try {
      assertThat(lostAfterKills(db)).isEmpty();
    } finally {
      PostgresStoreTest.dropSchema(schema);
    }
  }

  /** Eight rounds of saving 1-3 articles and a kill at the last acknowledgement; what each round lost. */
  private List<String> lostAfterKills(String db) throws Exception {
    List<String> lost = new ArrayList<>();
    int acknowledged = 0;
    for (int round = 0; round < 8; round++) {
      int killAfter = round % 3;
      int saved = saveThenKill(db, killAfter + 1);
      acknowledged += saved;
      try (Store store = Store.open(db)) {
        long stored = store.counts().articles();
        if (stored < acknowledged) {
          lost.add("round " + round + ": " + acknowledged + " acknowledged, " + stored + " stored");
          acknowledged = (int) stored;
        }
      }
    }
    return lost;
  }

  /** Starts a child that saves {@code n} new articles and kills it when it acknowledges the last. */
  private int saveThenKill(String db, int n) throws Exception {
    int already;
    try (Store store = Store.open(db)) {
      already = (int) store.counts().articles();
    }
    Process child = new ProcessBuilder(SavingChild.command(db, already, n)).redirectErrorStream(true).start();
    StringBuilder log = new StringBuilder();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String last = "saved " + (already + n - 1);
      for (String line; (line = out.readLine()) != null; ) {
        if (line.equals(last)) {
          child.destroyForcibly();
          return n;
        }
        log.append(line).append('\n');
      }
    } finally {
      child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
    throw new AssertionError("the child ended before it acknowledged " + n + " articles:\n" + log);
  }
}
