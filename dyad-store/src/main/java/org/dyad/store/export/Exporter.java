package org.dyad.store.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.dyad.store.StoredEvent;

/** Writes stored events in one exchange format: an optional header, then one record per event. */
public interface Exporter {
  /** Written once before the first event (nothing for line formats). */
  default void header(Writer out) throws IOException {}

  void write(StoredEvent e, Writer out) throws IOException;

  /** The format names {@link #of} knows. */
  String FORMATS = "gdelt, gdelt-mentions, plover, jsonl or csv";

  /** The exporter of a format name: gdelt, gdelt-mentions, plover, jsonl or csv. */
  static Exporter of(String format) {
    return switch (format.toLowerCase(Locale.ROOT)) {
      case "gdelt" -> new GdeltExporter();
      case "gdelt-mentions" -> new GdeltMentionsExporter();
      case "plover" -> new PloverExporter();
      case "jsonl" -> (e, out) -> out.write(EventJson.line(e) + "\n");
      case "csv" -> new CsvExporter();
      default -> throw new IllegalArgumentException("export format must be " + FORMATS + ", got '" + format + "'");
    };
  }
}
