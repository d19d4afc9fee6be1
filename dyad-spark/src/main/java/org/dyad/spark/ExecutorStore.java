package org.dyad.spark;

import java.util.HashMap;
import java.util.Map;
import org.dyad.store.Store;

/**
 * The stores this JVM writes to with {@code --db}: one {@link Store} per URL, opened on first use and
 * shared by the executor's tasks ({@code Store} is thread-safe), closed when the JVM ends.
 */
final class ExecutorStore {
  private static final Map<String, Store> STORES = new HashMap<>();

  private ExecutorStore() {}

  static synchronized Store get(String db) {
    return STORES.computeIfAbsent(db, url -> {
      Store store = Store.open(url);
      Runtime.getRuntime().addShutdownHook(new Thread(store::close, "dyad-store-close"));
      return store;
    });
  }

  /** Closes the stores of this JVM (the driver's, in local mode). */
  static synchronized void closeAll() {
    STORES.values().forEach(Store::close);
    STORES.clear();
  }
}
