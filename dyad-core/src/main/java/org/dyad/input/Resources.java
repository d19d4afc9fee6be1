package org.dyad.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dyad.model.DyadException;

/** Reads the bundled data files of this package: UTF-8 lines, without blank lines and '#' comments. */
final class Resources {
  private static final String DIR = "/org/dyad/input/";

  private Resources() {}

  static List<String> lines(String name) {
    InputStream in = Resources.class.getResourceAsStream(DIR + name);
    if (in == null) {
      throw new DyadException("missing bundled resource " + DIR + name);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled resource " + DIR + name, e);
    }
  }
}
