package org.dyad.cli;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dyad.server.DyadServer;
import org.dyad.server.ServerConfig;
import org.dyad.store.Store;
import org.dyad.store.StoreSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dyad serve}: the REST API and web UI over the corpus store, on loopback unless {@code --host}
 * says otherwise. The write token comes from {@code DYAD_TOKEN}, or is generated and printed once.
 * Runs until the process is stopped (Ctrl-C).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the REST API (/api/v1) and the web UI over the corpus database.")
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--db", paramLabel = "URL|DIR", description = "JDBC URL or folder of an H2 database. Default: the folder dyad-data in the working directory.")
  String db;

  @Option(names = "--host", defaultValue = ServerConfig.DEFAULT_HOST,
      description = "Address to listen on. Default: ${DEFAULT-VALUE} (this machine only).")
  String host;

  @Option(names = "--allowed-host", paramLabel = "NAME",
      description = "Also answer requests that name this server NAME in their Host header (repeatable);"
          + " loopback names and the --host address are always accepted, others get 421.")
  List<String> allowedHosts = new java.util.ArrayList<>();

  @Option(names = "--port", defaultValue = "7070", description = "Port to listen on; 0 for any free port. Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(names = "--connections", paramLabel = "N",
      description = "Most database connections used at once (requests beyond wait for one). Default: twice the cores, at least 4.")
  Integer connections;

  @Mixin VerboseOption verbose;

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65535) {
      throw new ErrorHandler.UsageError("--port must be 0..65535, got " + port);
    }
    if (connections != null && connections < 1) {
      throw new ErrorHandler.UsageError("--connections must be at least 1, got " + connections);
    }
    if (host.isBlank()) {
      throw new ErrorHandler.UsageError("--host must not be blank");
    }
    String fromEnv = System.getenv(ServerConfig.TOKEN_VARIABLE);
    boolean generated = fromEnv == null || fromEnv.isBlank();
    String token = generated ? ServerConfig.generateToken() : fromEnv.strip();
    ServerConfig config;
    try {
      config = ServerConfig.defaults(token).withHost(host).withPort(port);
    } catch (IllegalArgumentException e) {
      throw new ErrorHandler.UsageError(ServerConfig.TOKEN_VARIABLE + ": " + e.getMessage());
    }
    try {
      config = config.withAllowedHosts(allowedHosts);
    } catch (IllegalArgumentException e) {
      throw new ErrorHandler.UsageError("--allowed-host: " + e.getMessage());
    }
    Store store = Store.open(db, StoreSettings.DEFAULT, connections == null ? Store.defaultConnections() : connections);
    DyadServer server;
    try {
      server = DyadServer.create(store, () -> Analyzers.get(List.of()), config).start();
    } catch (RuntimeException e) {
      store.close(); // the port was taken, say: leave no pool behind
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      // Server first, so no request is left holding a connection when the pool closes.
      server.close();
      store.close();
      System.out.println("dyad serve stopped: server and database closed");
      System.out.flush();
      stopped.countDown();
    }, "dyad-serve-stop"));
    String base = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port();
    System.out.println("dyad serving " + store.url() + " at " + base + "/  (API " + base + "/api/v1, docs " + base + "/api/docs)");
    System.out.println(generated
        ? "write token (shown once; set " + ServerConfig.TOKEN_VARIABLE + " to choose your own): " + token
        : "write token: from " + ServerConfig.TOKEN_VARIABLE);
    System.out.flush();
    stopped.await();
    return 0;
  }
}
