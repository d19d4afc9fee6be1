package org.dyad.server.api;

import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.dyad.store.EventQuery;
import org.dyad.store.Store;
import org.dyad.store.export.Exporter;

/**
 * {@code GET /events/export?format=csv|gdelt|gdelt-mentions|plover|jsonl} with the filters of
 * {@code /events}: every event they match (not one page) as a file to download, written by the
 * exporters of {@code dyad export}. As in every aggregate, the events that count as acts unless the
 * filters pick others ({@link EventQuery#countingActsByDefault}): asserted and alleged ones unless
 * {@code certainty} is given, affirmed ones unless {@code negated} is.
 */
public final class ExportHandler {
  /** How each format is served: its media type and the file name the browser saves it under. */
  record Download(String contentType, String filename) {}

  static final Map<String, Download> DOWNLOADS = Map.of(
      "csv", new Download("text/csv; charset=utf-8", "dyad-events.csv"),
      "gdelt", new Download("text/tab-separated-values; charset=utf-8", "dyad-events.gdelt.tsv"),
      "gdelt-mentions", new Download("text/tab-separated-values; charset=utf-8", "dyad-mentions.gdelt.tsv"),
      "plover", new Download("application/x-ndjson; charset=utf-8", "dyad-events.plover.jsonl"),
      "jsonl", new Download("application/x-ndjson; charset=utf-8", "dyad-events.jsonl"));

  private final Store store;

  public ExportHandler(Store store) {
    this.store = store;
  }

  public void events(Context ctx) {
    if (Params.text(ctx, "format") == null) {
      throw ApiError.badRequest("format is required: one of " + Exporter.FORMATS);
    }
    Download download = Params.choice(ctx, "format", DOWNLOADS, null);
    String format = Params.text(ctx, "format");
    EventQuery query = EventsHandler.query(ctx).countingActsByDefault();
    Exporter exporter = Exporter.of(format);
    ctx.contentType(download.contentType())
        .header("Content-Disposition", "attachment; filename=\"" + download.filename() + "\"");
    // Written as the store pages through the events, so a large export never sits in memory.
    try (Writer out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8))) {
      exporter.header(out);
      store.forEachEvent(query, e -> {
        try {
          exporter.write(e, out);
        } catch (IOException ex) {
          throw new UncheckedIOException(ex);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the " + format + " export", e);
    }
  }
}
