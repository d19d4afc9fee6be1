package org.dyad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the dyad command line: parses the command and maps failures to exit codes. */
@Command(
    name = "dyad",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Political event data from news articles: actors, events (CAMEO/PLOVER), quotes and dyads.",
    // The Spark job is its own program (its own classpath, started by the ./dyad script), so picocli
    // cannot list it among the subcommands: the footer does.
    footer = {"", "  spark    Analyse a corpus with Apache Spark (local or on a cluster) into Parquet tables:",
        "             ./dyad spark --help (docs/spark.md)."},
    subcommands = {AnalyzeCommand.class, DemoCommand.class, SetupCommand.class, BenchCommand.class, EvalCommand.class, TrainCommand.class, IngestCommand.class,
        EventsCommand.class, DyadCommand.class, ExportCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  /** When main() was entered (epoch ms), or 0 when dyad runs inside another program; read by {@code dyad bench}. */
  static volatile long mainEnteredAt;

  public static void main(String[] args) {
    mainEnteredAt = System.currentTimeMillis();
    System.exit(run(args));
  }

  /** Runs dyad with {@code args} and returns the exit status: 0 ok, 1 failure, 2 usage error. */
  public static int run(String... args) {
    CommandLine cl = new CommandLine(new Main());
    ErrorHandler errors = new ErrorHandler();
    cl.setExecutionExceptionHandler(errors);
    cl.setParameterExceptionHandler(errors);
    cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? 2 : 1);
    return cl.execute(args);
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
