package org.dyad.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.DyadException;

/** Reads the word lists bundled with this package: UTF-8 lines, '#' starts a comment line. */
final class Lexicon {
  private Lexicon() {}

  /** The non-blank, non-comment lines of a resource of this package, trimmed. */
  static List<String> lines(String resourceName) {
    try (InputStream in = Lexicon.class.getResourceAsStream(resourceName)) {
      if (in == null) {
        throw new DyadException("word list " + resourceName + " is missing from the classpath (package org.dyad.text)");
      }
      return lines(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new DyadException("cannot read word list " + resourceName + ": " + e.getMessage(), e);
    }
  }

  private static List<String> lines(BufferedReader reader) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      String trimmed = line.strip();
      if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
        lines.add(trimmed);
      }
    }
    return lines;
  }
}
