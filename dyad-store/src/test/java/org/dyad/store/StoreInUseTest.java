package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.dyad.model.DyadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An H2 store held open by another process: a second process is told so, and the first loses nothing. */
class StoreInUseTest {
  @TempDir
  Path dir;

  @Test
  void aSecondProcessOnAnOpenH2StoreIsToldWhoHoldsItAndWhatToDo() throws Exception {
    String db = dir.resolve("store").toString();
    Process child = new ProcessBuilder(SavingChild.command(db, 0, 1)).redirectErrorStream(true).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      do {
        line = out.readLine();
      } while (line != null && !line.equals("saved 0"));
      assertThat(line).as("the child saved its article").isEqualTo("saved 0");

      assertThatThrownBy(() -> Store.open(db).close()).isInstanceOf(DyadException.class)
          .hasMessageContaining("open in another dyad process").hasMessageContaining("PostgreSQL")
          .hasMessageNotContaining("server mode");
    } finally {
      child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
    try (Store store = Store.open(db)) {
      assertThat(store.counts().articles()).as("once the holder is gone the store opens, its article kept").isEqualTo(1);
    }
  }
}
