package org.dyad.input;

import java.util.List;
import org.dyad.data.BundledData;

/** Reads the bundled data files of this package: UTF-8 lines, without blank lines and '#' comments. */
final class Resources {
  private static final String DIR = "/org/dyad/input/";

  private Resources() {}

  static List<String> lines(String name) {
    return BundledData.lines(DIR + name);
  }
}
