package org.dyad.store.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.data.BundledData;

/**
 * The columns of a GDELT table as a data file lists them ({@code gdelt-events.txt},
 * {@code gdelt-mentions.txt}): GDELT's, in the codebook's order, then dyad's. Rows are filled by
 * column name, so the order lives in the data file alone.
 */
public final class GdeltColumns {
  /** The Event table: GDELT 2.0's 61 columns, then dyad's. */
  public static final GdeltColumns EVENTS = new GdeltColumns("/org/dyad/store/export/gdelt-events.txt", 61);
  /** The Mentions table: GDELT 2.0's 16 columns, then dyad's. */
  public static final GdeltColumns MENTIONS = new GdeltColumns("/org/dyad/store/export/gdelt-mentions.txt", 16);

  private final List<String> names;
  private final int gdelt;
  private final Map<String, Integer> index = new HashMap<>();

  private GdeltColumns(String resource, int gdelt) {
    this.names = BundledData.words(resource);
    this.gdelt = gdelt;
    for (int i = 0; i < names.size(); i++) {
      if (index.put(names.get(i), i) != null) {
        throw new IllegalStateException(resource + " names column " + names.get(i) + " twice");
      }
    }
  }

  /** Every column's name, in order. */
  public List<String> names() {
    return names;
  }

  /** How many of the columns are GDELT's own (the rest are dyad's). */
  public int gdeltColumns() {
    return gdelt;
  }

  /** An empty row of this table. */
  Row row() {
    return new Row();
  }

  /** One record, filled by column name; unfilled columns stay empty, as in GDELT's files. */
  final class Row {
    private final List<String> cells = new ArrayList<>(Collections.nCopies(names.size(), ""));

    Row set(String column, Object value) {
      Integer i = index.get(column);
      if (i == null) {
        throw new IllegalArgumentException("no GDELT column " + column + "; expected one of " + names);
      }
      cells.set(i, value == null ? "" : clean(String.valueOf(value)));
      return this;
    }

    /** The row as one line: tab-separated, newline-terminated. */
    String line() {
      return String.join("\t", cells) + "\n";
    }
  }

  /** Tabs and line breaks would break the record apart; GDELT's files have none inside a cell. */
  private static String clean(String s) {
    return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
