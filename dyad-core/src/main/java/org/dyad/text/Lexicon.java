package org.dyad.text;

import java.util.List;
import org.dyad.data.BundledData;

/** Reads the word lists bundled with this package: UTF-8 lines, '#' starts a comment line. */
final class Lexicon {
  private Lexicon() {}

  /** The non-blank, non-comment lines of a resource of this package, trimmed. */
  static List<String> lines(String resourceName) {
    String path = resourceName.startsWith("/") ? resourceName : "/org/dyad/text/" + resourceName;
    return BundledData.words(path);
  }
}
