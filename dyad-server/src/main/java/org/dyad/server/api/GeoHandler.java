package org.dyad.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.dyad.geo.Gazetteer;
import org.dyad.geo.GazetteerHome;
import org.dyad.json.AnalysisJson;
import org.dyad.store.Store;

/**
 * The map's data: the world's country shapes (world-atlas' TopoJSON from the installed gazetteer,
 * with each shape's ISO alpha-3 code) and, for the filters of {@code /events}, how many events
 * happened in each country, acts only unless the filters pick others, as the export
 * ({@link org.dyad.store.EventQuery#countingActsByDefault}). The shapes are read once; without the
 * gazetteer they are a 404 saying so.
 */
public final class GeoHandler {
  private final Store store;
  private volatile ObjectNode shapes;

  public GeoHandler(Store store) {
    this.store = store;
  }

  public void shapes(Context ctx) {
    ctx.json(loadShapes());
  }

  public void countries(Context ctx) {
    ObjectNode out = AnalysisJson.mapper().createObjectNode();
    ObjectNode counts = out.putObject("countries");
    store.countEventsByCountry(EventsHandler.query(ctx).countingActsByDefault()).forEach(counts::put);
    ctx.json(out);
  }

  private ObjectNode loadShapes() {
    ObjectNode s = shapes;
    if (s == null) {
      GazetteerHome home = GazetteerHome.configured();
      if (!Files.isRegularFile(home.shapes())) {
        throw ApiError.notFound("no country shapes: the gazetteer is not installed in " + home.directory() + " (run dyad setup)");
      }
      try {
        JsonNode topology = AnalysisJson.mapper().readTree(home.shapes().toFile());
        s = AnalysisJson.mapper().createObjectNode();
        s.set("topology", topology);
        ObjectNode iso3 = s.putObject("iso3");
        Gazetteer.shared().countries().iso3ByNumeric().forEach(iso3::put);
        s.put("credit", "Country shapes: Natural Earth via world-atlas; places: GeoNames (CC BY 4.0)");
        shapes = s;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the country shapes " + home.shapes(), e);
      }
    }
    return s;
  }
}
