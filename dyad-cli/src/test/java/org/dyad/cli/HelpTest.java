package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HelpTest {
  @Test
  void topLevelHelpListsTheSparkJobBesideTheCommands() {
    Cli.Result r = Cli.run("--help");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("ingest", "serve").containsPattern("(?m)^\\s+spark\\s+Analyse a corpus with Apache Spark");
  }

  @Test
  void ingestHelpNamesEveryKindOfInputItReads() {
    String help = Cli.run("ingest", "--help").out().replaceAll("\\s+", " ");
    assertThat(help).contains("JSON Lines", "RSS/Atom feeds", "warc.gz", "html");
  }

  @Test
  void theDefaultStoreFolderIsNeverCutInTwoByTheLineWrap() {
    for (String command : new String[] {"ingest", "events", "dyad", "export", "serve"}) {
      String help = Cli.run(command, "--help").out().replaceAll("\\s+", " ");
      assertThat(help).as(command).contains("folder dyad-data").doesNotContain("/dyad-data");
    }
  }
}
