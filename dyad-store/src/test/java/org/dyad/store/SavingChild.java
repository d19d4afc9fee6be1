package org.dyad.store;

import java.io.File;
import java.util.List;

/**
 * A JVM of its own that saves articles into a store and says so after each commit ({@code saved N}
 * on standard output), for the tests that kill it right after an acknowledgement.
 */
public final class SavingChild {
  private SavingChild() {}

  /** The command that starts a child saving articles FROM .. FROM+COUNT-1 into the store at {@code db}. */
  static List<String> command(String db, int from, int count) {
    String java = ProcessHandle.current().info().command()
        .orElse(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
    return List.of(java, "-cp", System.getProperty("java.class.path"), SavingChild.class.getName(), db,
        Integer.toString(from), Integer.toString(count));
  }

  /** {@code DB FROM COUNT}: saves articles FROM .. FROM+COUNT-1 into the store at DB, then waits to be killed. */
  public static void main(String[] args) throws Exception {
    int from = Integer.parseInt(args[1]);
    int count = Integer.parseInt(args[2]);
    try (Store store = Store.open(args[0])) {
      System.out.println("open");
      System.out.flush();
      for (int i = from; i < from + count; i++) {
        store.save(Fixtures.analysis("a" + i, Fixtures.other(i), "2024-03-0" + (1 + i % 9), null,
            List.of(Fixtures.SYRGOV, Fixtures.HAMAS), List.of(Fixtures.arrest("2024-03-01"))));
        System.out.println("saved " + i);
        System.out.flush();
      }
      Thread.sleep(60_000);
    }
  }
}
