package org.dyad.server;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.function.Supplier;
import org.dyad.json.AnalysisJson;
import org.dyad.pipeline.Analyzer;
import org.dyad.server.api.ActorsHandler;
import org.dyad.server.api.ArticlesHandler;
import org.dyad.server.api.BearerAuth;
import org.dyad.server.api.DocsHandler;
import org.dyad.server.api.DyadsHandler;
import org.dyad.server.api.ErrorMapping;
import org.dyad.server.api.EventsHandler;
import org.dyad.server.api.ExportHandler;
import org.dyad.server.api.GeoHandler;
import org.dyad.server.api.NetworkHandler;
import org.dyad.server.api.QuotesHandler;
import org.dyad.server.api.SearchHandler;
import org.dyad.server.api.StoriesHandler;
import org.dyad.store.Store;
import org.eclipse.jetty.server.ServerConnector;

/**
 * dyad's HTTP server: the REST API under {@code /api/v1} over a {@link Store}, its OpenAPI document,
 * Swagger UI at {@code /api/docs} and the static web UI at {@code /}. Handlers are small classes by
 * resource; failures become JSON errors in {@link ErrorMapping}; JSON is written by dyad's one mapper.
 * The analyzer is only asked for when an article is posted, so a read-only server loads no models.
 */
public final class DyadServer implements AutoCloseable {
  /** Pages may load scripts, styles and data from this server only; article text never runs as code. */
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
      + " img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  private final Javalin app;
  private final ServerConfig config;

  private DyadServer(Javalin app, ServerConfig config) {
    this.app = app;
    this.config = config;
  }

  /** A server over {@code store}, not yet started. */
  public static DyadServer create(Store store, Supplier<Analyzer> analyzer, ServerConfig config) {
    ArticlesHandler articles = new ArticlesHandler(store, analyzer, config.maxBodyBytes());
    ActorsHandler actors = new ActorsHandler(store);
    EventsHandler events = new EventsHandler(store);
    ExportHandler export = new ExportHandler(store);
    QuotesHandler quotes = new QuotesHandler(store);
    DyadsHandler dyads = new DyadsHandler(store);
    NetworkHandler network = new NetworkHandler(store);
    SearchHandler search = new SearchHandler(store);
    GeoHandler geo = new GeoHandler(store);
    StoriesHandler stories = new StoriesHandler(store);
    DocsHandler docs = new DocsHandler();
    BearerAuth auth = new BearerAuth(config.token());
    Javalin app = Javalin.create(cfg -> {
      cfg.showJavalinBanner = false;
      cfg.jsonMapper(new JavalinJackson(AnalysisJson.mapper(), false));
      cfg.http.maxRequestSize = config.maxBodyBytes();
      cfg.staticFiles.add(s -> {
        s.hostedPath = "/";
        s.directory = "/web";
        s.location = Location.CLASSPATH;
      });
      cfg.staticFiles.enableWebjars();
      cfg.router.apiBuilder(() -> {
        path("api/v1", () -> {
          get("stats", ctx -> ctx.json(store.counts()));
          path("articles", () -> {
            get(articles::list);
            post(articles::create);
            get("{id}", articles::one);
          });
          path("actors", () -> {
            get(actors::list);
            get("{id}", actors::one);
          });
          path("events", () -> {
            get(events::list);
            get("export", export::events); // before {id}, which would take "export" for an id
            get("{id}", events::one);
          });
          path("stories", () -> {
            get(stories::list);
            get("{id}", stories::one);
          });
          get("quotes", quotes::list);
          get("dyads/{a}/{b}", dyads::series);
          get("network", network::graph);
          get("geo/shapes", geo::shapes);
          get("geo/countries", geo::countries);
          get("search", search::find);
          get("openapi.json", docs::openapi);
        });
        get("api/docs", docs::swaggerUi);
      });
    });
    app.before(new HostCheck(config)::check);
    app.before(DyadServer::securityHeaders);
    app.before("/api/v1/*", auth::check);
    ErrorMapping.register(app);
    return new DyadServer(app, config);
  }

  private static void securityHeaders(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
  }

  /** Binds {@code config.host():config.port()} and starts serving. */
  public DyadServer start() {
    app.start(config.host(), config.port());
    return this;
  }

  /** The port listened on (the actual one when the config said 0). */
  public int port() {
    return app.port();
  }

  /** The address the server is bound to, as Jetty's connector reports it. */
  public String boundHost() {
    return ((ServerConnector) app.jettyServer().server().getConnectors()[0]).getHost();
  }

  public ServerConfig config() {
    return config;
  }

  @Override
  public void close() {
    app.stop();
  }
}
