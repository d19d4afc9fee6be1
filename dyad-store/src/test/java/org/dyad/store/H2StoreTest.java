package org.dyad.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on an embedded H2 file database in a temporary folder (the default kind of store). */
class H2StoreTest extends StoreContract {
  @TempDir
  Path dir;

  @Override
  protected String freshDatabase() {
    return dir.resolve("db").toString();
  }
}
