package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.model.ActorType;
import org.dyad.model.DyadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader's contract on small inline files, and how the bundled dictionary is put together. */
class ActorDictionaryTest {
  private static final String HEADER = ActorDictionary.ACTOR_HEADER + "\n";

  @TempDir Path dir;

  @Test
  void actorRowsSkipCommentsAndReadDashOrEmptyCellsAsNone() {
    String tsv = "# a comment\n" + HEADER
        + "# another comment\n"
        + "qassam\tQASSAM\tAl-Qassam Brigades\tarmed_group\tPSE\t-\thamas\t\tQassam Brigades| al-Qassam \n";
    List<DictionaryEntry> entries = ActorDictionary.parseActors(new StringReader(tsv), "t.tsv");
    assertThat(entries).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(ActorType.ARMED_GROUP);
      assertThat(e.role()).isNull();
      assertThat(e.title()).isNull();
      assertThat(e.affiliation()).isEqualTo("hamas");
      assertThat(e.aliases()).containsExactly("Qassam Brigades", "al-Qassam");
      assertThat(e.names()).containsExactly("Al-Qassam Brigades", "Qassam Brigades", "al-Qassam");
    });
  }

  @Test
  void missingTrailingCellsMeanNone() {
    String tsv = HEADER + "un\tUNO\tUnited Nations\tIGO\n";
    DictionaryEntry e = ActorDictionary.parseActors(new StringReader(tsv), "t.tsv").get(0);
    assertThat(e.country()).isNull();
    assertThat(e.aliases()).isEmpty();
  }

  @Test
  void wrongHeaderIsReportedWithFileLineAndWhatWasExpected() {
    assertThatThrownBy(() -> ActorDictionary.parseActors(new StringReader("# c\nid\tcode\n"), "x.tsv"))
        .isInstanceOf(DyadException.class)
        .hasMessageContaining("x.tsv:2")
        .hasMessageContaining("id<TAB>code<TAB>name");
  }

  @Test
  void tooManyColumnsAreReportedWithFileAndLine() {
    String tsv = HEADER + "a\tA\tA\tNGO\t-\t-\t-\t-\t-\textra\n";
    assertThatThrownBy(() -> ActorDictionary.parseActors(new StringReader(tsv), "x.tsv"))
        .hasMessageContaining("x.tsv:2").hasMessageContaining("got 10");
  }

  @Test
  void badCountryCodeInCountriesFileIsReportedWithFileAndLine() {
    String tsv = "iso3\tname\tdemonyms\tcapitals\taliases\nSY\tSyria\t-\t-\t-\n";
    assertThatThrownBy(() -> ActorDictionary.parseCountries(new StringReader(tsv), "countries.tsv"))
        .isInstanceOf(DyadException.class)
        .hasMessageContaining("countries.tsv:2").hasMessageContaining("SY");
  }

  @Test
  void badRoleCodeInRolesFileIsReportedWithFileAndLine() {
    String tsv = "role\tlabel\twords\nGOVT\tgovernment\tregime\n";
    assertThatThrownBy(() -> ActorDictionary.parseRoles(new StringReader(tsv), "roles.tsv"))
        .isInstanceOf(DyadException.class)
        .hasMessageContaining("roles.tsv:2").hasMessageContaining("GOVT");
  }

  @Test
  void roleRowsGiveOneRoleWordPerPhrase() {
    String tsv = "role\tlabel\twords\nSPY\tintelligence\tintelligence|spy agency\n";
    assertThat(ActorDictionary.parseRoles(new StringReader(tsv), "roles.tsv")).containsExactly(
        new RoleWord("intelligence", "SPY", "intelligence"), new RoleWord("spy agency", "SPY", "intelligence"));
  }

  @Test
  void byteOrderMarkBeforeTheHeaderIsIgnored() {
    String tsv = "\uFEFF" + HEADER + "un\tUNO\tUnited Nations\tIGO\n";
    assertThat(ActorDictionary.parseActors(new StringReader(tsv), "t.tsv")).hasSize(1);
  }

  @Test
  void withFileAddsTheUserEntriesAndKeepsTheBundledOnes() throws IOException {
    Path file = write("my-actors.tsv", HEADER
        + "acme-militia\tACME\tAcme Militia\tARMED_GROUP\tSYR\tUAF\thts\t-\tAcme Brigade|Acme fighters\n");
    ActorDictionary base = ActorDictionary.loadDefault();
    ActorDictionary mine = base.withFile(file);
    assertThat(mine.entry("acme-militia")).hasValueSatisfying(e -> {
      assertThat(e.code()).isEqualTo("ACME");
      assertThat(e.aliases()).contains("Acme Brigade");
    });
    assertThat(mine.entry("hamas")).isPresent();
    assertThat(mine.entries()).hasSize(base.entries().size() + 1);
    assertThat(base.entry("acme-militia")).as("the bundled dictionary is not changed").isEmpty();
  }

  @Test
  void withFileEntriesWinOverBundledEntriesWithTheSameId() throws IOException {
    Path file = write("override.tsv", HEADER + "hamas\tHMS\tHamas movement\tARMED_GROUP\tPSE\tREB\t-\t-\t-\n");
    ActorDictionary mine = ActorDictionary.loadDefault().withFile(file);
    assertThat(mine.entry("hamas")).hasValueSatisfying(e -> assertThat(e.code()).isEqualTo("HMS"));
  }

  @Test
  void withFileReportsABadTypeWithFileLineAndTheBadValue() throws IOException {
    Path file = write("bad.tsv", "# my actors\n" + HEADER
        + "good\tGOOD\tGood Group\tNGO\t-\t-\t-\t-\t-\n"
        + "bad\tBAD\tBad Group\tMILITIA\t-\t-\t-\t-\t-\n");
    assertThatThrownBy(() -> ActorDictionary.loadDefault().withFile(file))
        .isInstanceOf(DyadException.class)
        .hasMessageContaining(file + ":4")
        .hasMessageContaining("'MILITIA'")
        .hasMessageContaining("ARMED_GROUP");
  }

  @Test
  void withFileReportsAMissingCodeWithFileAndLine() throws IOException {
    Path file = write("nocode.tsv", HEADER + "x\t-\tX\tNGO\n");
    assertThatThrownBy(() -> ActorDictionary.loadDefault().withFile(file))
        .hasMessageContaining(file + ":2").hasMessageContaining("needs a code");
  }

  @Test
  void replacedJdkNameStaysAnAlias() {
    Country myanmar = ActorDictionary.loadDefault().country("MMR").orElseThrow();
    assertThat(myanmar.name()).isEqualTo("Myanmar");
    assertThat(myanmar.aliases()).contains("Burma", "Myanmar (Burma)");
  }

  @Test
  void stateUnknownToTheJdkComesFromTheRow() {
    Country kosovo = ActorDictionary.loadDefault().country("XKX").orElseThrow();
    assertThat(kosovo.name()).isEqualTo("Kosovo");
    assertThat(kosovo.capitals()).contains("Pristina");
  }

  @Test
  void ambiguityIgnoresCase() {
    ActorDictionary d = ActorDictionary.loadDefault();
    assertThat(d.ambiguous("Turkey")).isTrue();
    assertThat(d.ambiguous("turkey")).isTrue();
    assertThat(d.ambiguous("Syria")).isFalse();
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }
}
