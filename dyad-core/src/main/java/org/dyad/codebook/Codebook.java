package org.dyad.codebook;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.data.BundledData;
import org.dyad.model.DyadException;

/**
 * The CAMEO 1.1b3 codebook as data: every event code with its name, Goldstein score, quad class and
 * PLOVER type and mode, read from the bundled {@code cameo.tsv}. Immutable and thread-safe; codes
 * keep the file's order, in which every parent precedes its children.
 */
public final class Codebook {
  static final String HEADER = "code\tname\tgoldstein\tquad_class\tplover\tplover_mode";
  private static final String RESOURCE = "/org/dyad/codebook/cameo.tsv";
  private static final List<String> QUAD_CLASS_NAMES =
      List.of("Verbal cooperation", "Material cooperation", "Verbal conflict", "Material conflict");
  private static volatile Codebook bundled;

  private final Map<String, CameoCode> codes;
  private final Map<String, List<CameoCode>> children;

  private Codebook(Map<String, CameoCode> codes) {
    this.codes = codes;
    Map<String, List<CameoCode>> kids = new LinkedHashMap<>();
    for (CameoCode c : codes.values()) {
      c.parent().ifPresent(p -> kids.computeIfAbsent(p, k -> new ArrayList<>()).add(c));
    }
    kids.replaceAll((k, v) -> List.copyOf(v));
    this.children = Map.copyOf(kids);
  }

  /** The codebook bundled with dyad, read once per JVM. */
  public static Codebook load() {
    Codebook c = bundled;
    if (c == null) {
      synchronized (Codebook.class) {
        c = bundled;
        if (c == null) {
          c = parse(resource(), "cameo.tsv");
          bundled = c;
        }
      }
    }
    return c;
  }

  public Optional<CameoCode> get(String code) {
    return Optional.ofNullable(codes.get(code));
  }

  /** The code, or a {@link DyadException} naming it when the codebook has no such code. */
  public CameoCode require(String code) {
    CameoCode c = codes.get(code);
    if (c == null) {
      throw new DyadException("unknown CAMEO event code '" + code + "'; expected one of the "
          + codes.size() + " codes in the codebook, such as 01, 173 or 1823");
    }
    return c;
  }

  /** Every code, roots and sub-codes, in codebook order. */
  public List<CameoCode> all() {
    return List.copyOf(codes.values());
  }

  /** The direct children of a known code: a root's 3-digit codes, a 3-digit code's 4-digit codes. */
  public List<CameoCode> children(String code) {
    require(code);
    return children.getOrDefault(code, List.of());
  }

  /** The root (cue category) of a known code; a root is its own root. */
  public CameoCode root(String code) {
    return require(require(code).root());
  }

  /** The roots ("01" .. "20") that have the trait, as codebook/root-traits.tsv gives them. */
  public static Set<String> rootsWith(RootTrait trait) {
    return RootTraits.rootsWith(trait);
  }

  /** "Verbal cooperation", "Material cooperation", "Verbal conflict" or "Material conflict" for 1..4. */
  public static String quadClassName(int quadClass) {
    if (quadClass < 1 || quadClass > QUAD_CLASS_NAMES.size()) {
      throw new DyadException("quad class must be 1..4, got " + quadClass);
    }
    return QUAD_CLASS_NAMES.get(quadClass - 1);
  }

  /**
   * Reads a codebook in the {@code cameo.tsv} format; {@code file} names the source in error messages,
   * which give the line of the first malformed row.
   */
  static Codebook parse(Reader reader, String file) {
    Map<String, CameoCode> codes = new LinkedHashMap<>();
    boolean seenHeader = false;
    List<String> lines = lines(reader, file);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String where = file + ":" + (i + 1) + ": ";
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (!seenHeader) {
        if (!line.strip().equals(HEADER)) {
          throw new DyadException(where + "expected the header '" + HEADER.replace("\t", "<TAB>")
              + "', got '" + line.replace("\t", "<TAB>") + "'");
        }
        seenHeader = true;
        continue;
      }
      CameoCode c = row(line, where);
      checkPlacement(c, codes, where);
      codes.put(c.code(), c);
    }
    if (!seenHeader) {
      throw new DyadException(file + ": no header line '" + HEADER.replace("\t", "<TAB>") + "'");
    }
    return new Codebook(codes);
  }

  private static CameoCode row(String line, String where) {
    String[] cells = line.split("\t", -1);
    if (cells.length != 6) {
      throw new DyadException(where + "expected 6 tab-separated columns, got " + cells.length);
    }
    try {
      return new CameoCode(cells[0].strip(), cells[1].strip(), number(cells[2], "goldstein"),
          integer(cells[3], "quad_class"), cells[4].strip(), cells[5].strip());
    } catch (IllegalArgumentException e) {
      throw new DyadException(where + e.getMessage(), e);
    }
  }

  private static void checkPlacement(CameoCode c, Map<String, CameoCode> codes, String where) {
    if (codes.containsKey(c.code())) {
      throw new DyadException(where + "CAMEO code " + c.code() + " is defined twice");
    }
    Optional<String> parent = c.parent();
    if (parent.isPresent()) {
      CameoCode p = codes.get(parent.get());
      if (p == null) {
        throw new DyadException(where + "CAMEO code " + c.code() + " comes before its parent " + parent.get()
            + " or has none; expected the parent on an earlier line");
      }
      if (p.quadClass() != c.quadClass()) {
        throw new DyadException(where + "CAMEO code " + c.code() + " has quad class " + c.quadClass()
            + " but its parent " + p.code() + " has " + p.quadClass());
      }
    }
  }

  private static double number(String cell, String column) {
    try {
      return Double.parseDouble(cell.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(column + " must be a number, got '" + cell + "'", e);
    }
  }

  private static int integer(String cell, String column) {
    try {
      return Integer.parseInt(cell.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(column + " must be an integer, got '" + cell + "'", e);
    }
  }

  private static List<String> lines(Reader reader, String file) {
    try (BufferedReader br = new BufferedReader(reader)) {
      return br.lines().toList();
    } catch (IOException | UncheckedIOException e) {
      throw new DyadException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static Reader resource() {
    return BundledData.reader(RESOURCE);
  }

}
