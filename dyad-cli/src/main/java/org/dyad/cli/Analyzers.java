package org.dyad.cli;

import java.nio.file.Path;
import java.util.List;
import org.dyad.pipeline.Analyzer;

/** The analyzer of this JVM: built once (models load once) for the given user actor files. */
final class Analyzers {
  private static Analyzer cached;
  private static List<Path> cachedFiles;

  private Analyzers() {}

  static synchronized Analyzer get(List<Path> actorFiles) {
    if (cached == null || !cachedFiles.equals(actorFiles)) {
      for (Path p : actorFiles) {
        if (!java.nio.file.Files.isReadable(p)) {
          throw new ErrorHandler.UsageError("--actors " + p + ": no such readable file");
        }
      }
      cached = Analyzer.standard(actorFiles);
      cachedFiles = List.copyOf(actorFiles);
    }
    return cached;
  }
}
