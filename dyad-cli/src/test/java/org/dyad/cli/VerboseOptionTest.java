package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command has the one {@code --verbose} of {@link VerboseOption}: a failure's stack trace, on request only. */
class VerboseOptionTest {
  @Test
  void everyCommandListsVerboseInItsHelp() {
    Map<String, CommandLine> commands = new CommandLine(new Main()).getSubcommands().entrySet().stream()
        .filter(c -> !c.getKey().equals("help"))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

    assertThat(commands).containsKeys("analyze", "demo", "bench", "eval", "train", "ingest", "events", "dyad", "export", "serve");
    commands.forEach((name, cl) -> {
      assertThat(cl.getCommandSpec().mixins()).as(name).containsKey("verbose");
      assertThat(cl.getUsageMessage()).as(name).containsPattern("--verbose +Print stack traces of failures\\.");
    });
  }

  @Test
  void aFailureIsOneLineWithoutVerboseAndCarriesItsStackTraceWithIt() {
    Cli.Result quiet = Cli.run("events", "--db", "jdbc:bogus:x");
    Cli.Result verbose = Cli.run("events", "--db", "jdbc:bogus:x", "--verbose");

    assertThat(quiet.status()).as(quiet.toString()).isEqualTo(1);
    assertThat(quiet.errLines()).as(quiet.toString()).singleElement().asString().startsWith("dyad: --db must be");
    assertThat(verbose.status()).as(verbose.toString()).isEqualTo(1);
    assertThat(verbose.errLines().get(0)).isEqualTo(quiet.errLines().get(0));
    assertThat(verbose.err()).contains("IllegalArgumentException", "\tat org.dyad.store.");
  }
}
