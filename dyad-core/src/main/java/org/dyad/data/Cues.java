package org.dyad.data;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.dyad.model.DyadException;

/**
 * The named cue-word sets of {@code cues.tsv}: closed sets of English words the rules read
 * ("place-prepositions", "sent-from"), kept as data in one file. Loaded once; immutable.
 */
public final class Cues {
  static final String RESOURCE = "/org/dyad/cues.tsv";
  private static final Map<String, Set<String>> SETS = parse(RESOURCE);

  private Cues() {}

  /** The set called {@code name}; an unknown name is a programming error, reported at once. */
  public static Set<String> named(String name) {
    Set<String> set = SETS.get(name);
    if (set == null) {
      throw new IllegalArgumentException("no cue set '" + name + "' in " + RESOURCE);
    }
    return set;
  }

  /** Every set's name, for tests. */
  static Set<String> names() {
    return SETS.keySet();
  }

  static Map<String, Set<String>> parse(String resource) {
    Map<String, Set<String>> out = new HashMap<>();
    boolean header = true;
    for (String line : BundledData.lines(resource)) {
      if (header) { // "name<TAB>words"
        header = false;
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length != 2 || cols[0].isBlank() || cols[1].isBlank()) {
        throw new DyadException(resource + ": expected 'name<TAB>word|word|...', got: " + line);
      }
      Set<String> words = Set.copyOf(Arrays.asList(cols[1].split("\\|")));
      if (out.put(cols[0], words) != null) {
        throw new DyadException(resource + ": cue set '" + cols[0] + "' is defined twice");
      }
    }
    return Map.copyOf(out);
  }
}
