package org.dyad;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the shared sample corpus beside the repository (../shared/corpus), which tests may read but never copy. */
public final class SharedCorpus {
  private SharedCorpus() {}

  public static Optional<Path> file(String name) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("corpus").resolve(name);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
