package org.dyad.events.trigger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.codebook.Codebook;
import org.dyad.data.BundledData;
import org.dyad.model.DyadException;

/**
 * The verb and noun lexicons of the event coder (verbs.tsv, nouns.tsv): which lemma, with which
 * dependents, is which CAMEO event. Loaded once; every code is checked against the codebook.
 */
public final class EventLexicon {
  private static volatile EventLexicon bundled;

  private final Map<String, List<LexiconEntry>> verbs;
  private final Map<String, List<LexiconEntry>> nouns;

  EventLexicon(Map<String, List<LexiconEntry>> verbs, Map<String, List<LexiconEntry>> nouns) {
    this.verbs = verbs;
    this.nouns = nouns;
  }

  public static EventLexicon bundled() {
    EventLexicon l = bundled;
    if (l == null) {
      synchronized (EventLexicon.class) {
        l = bundled;
        if (l == null) {
          Codebook codebook = Codebook.load();
          l = new EventLexicon(parse(resource("verbs.tsv"), "verbs.tsv", codebook), parse(resource("nouns.tsv"), "nouns.tsv", codebook));
          bundled = l;
        }
      }
    }
    return l;
  }

  /** The best entry for a verb with these dependents: the one meeting the most conditions. */
  Optional<LexiconEntry> verb(String lemma, Map<String, Set<String>> found) {
    return best(verbs.get(lemma), found);
  }

  /** Every row of a verb lemma, in file order; empty for a lemma the lexicon does not know. */
  List<LexiconEntry> verbRows(String lemma) {
    return verbs.getOrDefault(lemma, List.of());
  }

  /** Every row of a noun lemma, in file order; empty for a lemma the lexicon does not know. */
  List<LexiconEntry> nounRows(String lemma) {
    return nouns.getOrDefault(lemma, List.of());
  }

  Optional<LexiconEntry> noun(String lemma, Map<String, Set<String>> found) {
    return best(nouns.get(lemma), found);
  }

  int size() {
    return verbs.values().stream().mapToInt(List::size).sum() + nouns.values().stream().mapToInt(List::size).sum();
  }

  private static Optional<LexiconEntry> best(List<LexiconEntry> entries, Map<String, Set<String>> found) {
    if (entries == null) {
      return Optional.empty();
    }
    LexiconEntry best = null;
    for (LexiconEntry e : entries) {
      if (e.matches(found) && (best == null || e.requires().size() > best.requires().size())) {
        best = e;
      }
    }
    return Optional.ofNullable(best);
  }

  static Map<String, List<LexiconEntry>> parse(Reader reader, String file, Codebook codebook) {
    Map<String, List<LexiconEntry>> out = new HashMap<>();
    List<String> lines;
    try (BufferedReader r = new BufferedReader(reader)) {
      lines = r.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    boolean header = true;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        if (!line.strip().equals("lemma\trequires\tcameo")) {
          throw new DyadException(file + ":" + (i + 1) + ": expected the header 'lemma<TAB>requires<TAB>cameo'");
        }
        header = false;
        continue;
      }
      String[] cells = line.split("\t");
      if (cells.length != 3) {
        throw new DyadException(file + ":" + (i + 1) + ": expected 3 tab-separated columns, got " + cells.length);
      }
      try {
        LexiconEntry e = new LexiconEntry(cells[0].strip(), conditions(cells[1].strip()), cells[2].strip());
        codebook.require(e.cameo());
        out.computeIfAbsent(e.lemma(), k -> new ArrayList<>()).add(e);
      } catch (IllegalArgumentException | DyadException e) {
        throw new DyadException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static Map<String, Set<String>> conditions(String cell) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    if (cell.equals("-")) {
      return out;
    }
    for (String part : cell.split(";")) {
      String[] kv = part.split("=", 2);
      if (kv.length != 2) {
        throw new IllegalArgumentException("condition must be key=word|word, got '" + part + "'");
      }
      out.put(kv[0].strip(), Set.copyOf(Arrays.asList(kv[1].strip().split("\\|"))));
    }
    return out;
  }

  private static Reader resource(String name) {
    return BundledData.reader("/org/dyad/events/" + name);
  }

}
