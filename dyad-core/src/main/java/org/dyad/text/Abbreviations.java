package org.dyad.text;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.model.DyadException;

/**
 * Abbreviations written with a final period ("Dr", "e.g", "U.S"), from abbreviations.txt. A title
 * precedes a name; after any abbreviation a period does not by itself start a sentence. Lookups ignore
 * case and take the word without its final period. Immutable.
 */
final class Abbreviations {
  static final String RESOURCE = "abbreviations.txt";
  private static final String HEADER = "abbreviation\tkind";

  private final Set<String> titles;
  private final Set<String> all;

  Abbreviations(Set<String> titles, Set<String> others) {
    this.titles = lowercase(titles);
    Set<String> union = new HashSet<>(this.titles);
    union.addAll(lowercase(others));
    this.all = Set.copyOf(union);
  }

  /** The list bundled with dyad, read once per JVM. */
  static Abbreviations bundled() {
    return Bundled.INSTANCE;
  }

  boolean isAbbreviation(CharSequence word) {
    return all.contains(word.toString().toLowerCase(Locale.ROOT));
  }

  boolean isTitle(CharSequence word) {
    return titles.contains(word.toString().toLowerCase(Locale.ROOT));
  }

  static Abbreviations parse(List<String> lines) {
    if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
      throw new DyadException(RESOURCE + " must start with the header '" + HEADER.replace("\t", "\\t") + "'");
    }
    Set<String> titles = new HashSet<>();
    Set<String> others = new HashSet<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\t");
      if (cells.length != 2 || !(cells[1].equals("title") || cells[1].equals("other"))) {
        throw new DyadException(RESOURCE + ": expected 'abbreviation<TAB>title|other', got '" + line + "'");
      }
      (cells[1].equals("title") ? titles : others).add(cells[0]);
    }
    return new Abbreviations(titles, others);
  }

  private static Set<String> lowercase(Set<String> words) {
    Set<String> lower = new HashSet<>();
    words.forEach(w -> lower.add(w.toLowerCase(Locale.ROOT)));
    return Set.copyOf(lower);
  }

  private static final class Bundled {
    static final Abbreviations INSTANCE = parse(Lexicon.lines(RESOURCE));
  }
}
