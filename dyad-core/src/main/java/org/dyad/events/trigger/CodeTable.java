package org.dyad.events.trigger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.codebook.Codebook;
import org.dyad.data.BundledData;
import org.dyad.model.DyadException;

/**
 * A data table that recodes one event by another: rows "code-prefix TAB code-prefix TAB cameo", such
 * as complements.tsv (an appeal and what it asks for) and charges.tsv (an accusation and what it
 * charges). Both lookups take the longest prefix present, so a specific code keeps its kind.
 */
final class CodeTable {
  private final Map<String, Map<String, String>> rows;

  private CodeTable(Map<String, Map<String, String>> rows) {
    this.rows = rows;
  }

  /** The bundled table at {@code path}; its first line names the columns, every result code must exist. */
  static CodeTable bundled(String path, Codebook codebook) {
    return parse(BundledData.lines(path), path, codebook);
  }

  static CodeTable parse(List<String> lines, String name, Codebook codebook) {
    Map<String, Map<String, String>> out = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\t");
      if (cells.length != 3) {
        throw new DyadException(name + ": expected three tab-separated cells (" + lines.get(0).replace('\t', ' ') + "), got '" + line + "'");
      }
      codebook.require(cells[2].strip());
      out.computeIfAbsent(cells[0].strip(), k -> new HashMap<>()).put(cells[1].strip(), cells[2].strip());
    }
    return new CodeTable(out);
  }

  /** The row of the longest prefix of {@code first} present, or null. */
  Map<String, String> row(String first) {
    for (int len = first.length(); len >= 2; len--) {
      Map<String, String> row = rows.get(first.substring(0, len));
      if (row != null) {
        return row;
      }
    }
    return null;
  }

  /** Every row, keyed by its first cell: for tests of the data. */
  Map<String, Map<String, String>> rows() {
    return rows;
  }

  /** The row of exactly {@code first}, or null. */
  Map<String, String> exactRow(String first) {
    return rows.get(first);
  }

  /** In {@code row}, the code for the longest prefix of {@code second} present. */
  static Optional<String> lookup(Map<String, String> row, String second) {
    for (int len = second.length(); len >= 2; len--) {
      String code = row.get(second.substring(0, len));
      if (code != null) {
        return Optional.of(code);
      }
    }
    return Optional.empty();
  }
}
