package org.dyad.actors;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.data.BundledData;
import org.dyad.model.ActorType;
import org.dyad.model.DyadException;

/**
 * The small word lists that help read names dyad has never seen: titles and functions around a
 * person's name (titles.txt) and head words that type an organisation (org-heads.tsv).
 */
final class NameLexicon {
  private static final NameLexicon BUNDLED = load();

  private final Map<String, String> titles;
  private final Map<String, ActorType> orgHeads;

  private NameLexicon(Map<String, String> titles, Map<String, ActorType> orgHeads) {
    this.titles = titles;
    this.orgHeads = orgHeads;
  }

  static NameLexicon bundled() {
    return BUNDLED;
  }

  /** True when {@code key} (a {@link Names#key}) is a title or function word: "commander", "secretary general". */
  boolean isTitle(String key) {
    return titles.containsKey(key);
  }

  /** The part of a state a title's holder belongs to ("foreign minister" -> GOV), if the title says. */
  Optional<String> titleRole(String key) {
    String role = titles.get(key);
    return role == null || role.equals("-") ? Optional.empty() : Optional.of(role);
  }

  Optional<ActorType> orgType(String headWord) {
    return Optional.ofNullable(orgHeads.get(Names.key(headWord)));
  }

  private static NameLexicon load() {
    Map<String, String> titles = pairs("titles.tsv", "title<TAB>role");
    Map<String, ActorType> heads = new HashMap<>();
    pairs("org-heads.tsv", "word<TAB>type").forEach((word, type) -> heads.put(word, ActorType.valueOf(type)));
    return new NameLexicon(Map.copyOf(titles), Map.copyOf(heads));
  }

  /** A two-column file after its header line, keyed by {@link Names#key} of the first column. */
  private static Map<String, String> pairs(String file, String expected) {
    Map<String, String> out = new HashMap<>();
    List<String> lines = lines(file);
    for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
      String[] cells = line.split("\t");
      if (cells.length != 2) {
        throw new DyadException(file + ": expected '" + expected + "', got '" + line + "'");
      }
      out.put(Names.key(cells[0]), cells[1].strip());
    }
    return out;
  }

  private static List<String> lines(String name) {
    return BundledData.words("/org/dyad/actors/" + name);
  }

}
