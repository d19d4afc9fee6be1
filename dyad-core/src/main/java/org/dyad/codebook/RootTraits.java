package org.dyad.codebook;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.dyad.data.BundledData;
import org.dyad.model.DyadException;

/** The traits of the 20 CAMEO roots (codebook/root-traits.tsv), read once per JVM. */
final class RootTraits {
  static final String RESOURCE = "/org/dyad/codebook/root-traits.tsv";
  static final Map<String, Set<RootTrait>> BY_ROOT = parse(RESOURCE);
  private static final Map<RootTrait, Set<String>> BY_TRAIT = invert(BY_ROOT);

  private RootTraits() {}

  static Set<String> rootsWith(RootTrait trait) {
    return BY_TRAIT.getOrDefault(trait, Set.of());
  }

  static Map<String, Set<RootTrait>> parse(String resource) {
    Map<String, Set<RootTrait>> out = new LinkedHashMap<>();
    boolean header = true;
    for (String line : BundledData.lines(resource)) {
      if (header) { // "root<TAB>traits"
        header = false;
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length != 2 || !cols[0].matches("\\d\\d")) {
        throw new DyadException(resource + ": expected 'root<TAB>trait|trait', got: " + line);
      }
      Set<RootTrait> traits = new HashSet<>();
      if (!cols[1].strip().equals("-")) {
        for (String t : cols[1].split("\\|")) {
          traits.add(RootTrait.named(t.strip()));
        }
      }
      if (out.put(cols[0], Set.copyOf(traits)) != null) {
        throw new DyadException(resource + ": root " + cols[0] + " is listed twice");
      }
    }
    return Map.copyOf(out);
  }

  private static Map<RootTrait, Set<String>> invert(Map<String, Set<RootTrait>> byRoot) {
    Map<RootTrait, Set<String>> out = new EnumMap<>(RootTrait.class);
    byRoot.forEach((root, traits) -> traits.forEach(t -> out.computeIfAbsent(t, k -> new HashSet<>()).add(root)));
    out.replaceAll((t, roots) -> Set.copyOf(roots));
    return out;
  }
}
