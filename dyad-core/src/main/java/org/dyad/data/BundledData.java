package org.dyad.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dyad.model.DyadException;

/**
 * Opens the data files bundled with dyad (dictionaries, lexicons, word lists, the codebook): UTF-8
 * resources named by absolute classpath path. One place for the missing-file and encoding rules.
 */
public final class BundledData {
  private BundledData() {}

  /** A reader over the resource; the caller closes it. */
  public static Reader reader(String path) {
    InputStream in = BundledData.class.getResourceAsStream(path);
    if (in == null) {
      throw new DyadException("bundled data file " + path + " is missing from the classpath");
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  /** The resource's lines without blank lines and '#' comment lines, otherwise as written. */
  public static List<String> lines(String path) {
    try (BufferedReader r = new BufferedReader(reader(path))) {
      return r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled data file " + path, e);
    }
  }

  /** {@link #lines} stripped of surrounding whitespace: for word lists, one item a line. */
  public static List<String> words(String path) {
    return lines(path).stream().map(String::strip).toList();
  }
}
