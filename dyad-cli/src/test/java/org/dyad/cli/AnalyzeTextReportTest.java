package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad analyze} in its default text format, and with a user actor dictionary. */
class AnalyzeTextReportTest {
  private static final String USER_ACTORS = """
      id\tcode\tname\ttype\tcountry\trole\taffiliation\ttitle\taliases
      zorbalian-institute\tZORPI\tZorbalian Peace Institute\tngo\tKEN\t-\t-\t-\tZorbalian Institute
      """;

  @TempDir Path dir;

  @Test
  void textReportHasEventsActorsAndQuotesSections() {
    Path file = Articles.write(dir, "report.txt", Articles.WIRE);

    Cli.Result r = Cli.run("analyze", "--title", "Kenya and Ethiopia reopen border", file.toString());

    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(r.outLines()).first().asString().isEqualTo("Article  Kenya and Ethiopia reopen border");
    assertThat(r.outLines()).anyMatch(l -> l.startsWith("Events ("))
        .anyMatch(l -> l.startsWith("Actors ("))
        .anyMatch(l -> l.startsWith("Quotes ("))
        .anyMatch(l -> l.matches("\\s+African Union\\s+AFU\\s+igo.*"))
        .anyMatch(l -> l.contains("William Ruto: \u201cWe have agreed to work together for peace"));
  }

  @Test
  void userActorFileGivesItsCodeToItsOrganisation() {
    Path file = Articles.write(dir, "institute.txt", Articles.WIRE);
    Path actors = Articles.write(dir, "my-actors.tsv", USER_ACTORS);

    Cli.Result r = Cli.run("analyze", "--actors", actors.toString(), file.toString());

    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(r.outLines()).anyMatch(l -> l.matches("\\s+Zorbalian Peace Institute\\s+ZORPI\\s+ngo.*"));
  }

  @Test
  void withoutTheUserFileTheOrganisationIsStillFoundButCodedFromItsName() {
    Path file = Articles.write(dir, "institute.txt", Articles.WIRE);

    Cli.Result r = Cli.run("analyze", file.toString());

    assertThat(r.outLines()).anyMatch(l -> l.trim().startsWith("Zorbalian Peace Institute"))
        .noneMatch(l -> l.contains("ZORPI"));
  }
}
