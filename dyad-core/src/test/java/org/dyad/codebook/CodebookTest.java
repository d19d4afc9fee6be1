package org.dyad.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.model.DyadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodebookTest {
  private static final Codebook CODEBOOK = Codebook.load();

  /** PLOVER's event types and the modes the manual (and dyad's documented additions) give them. */
  private static final Map<String, Set<String>> PLOVER_MODES = Map.ofEntries(
      Map.entry("AGREE", Set.of()),
      Map.entry("CONSULT", Set.of("visit", "third-party", "multilateral", "phone")),
      Map.entry("SUPPORT", Set.of()),
      Map.entry("CONCEDE", Set.of()),
      Map.entry("COOPERATE", Set.of()),
      Map.entry("AID", Set.of("economic", "military", "humanitarian", "asylum")),
      Map.entry("RETREAT", Set.of("withdraw", "release", "return", "disarm", "ceasefire", "access", "resign")),
      Map.entry("REQUEST", Set.of("assist", "change", "yield", "meet")),
      Map.entry("ACCUSE", Set.of("disapprove", "investigate")),
      Map.entry("REJECT", Set.of("assist", "change", "yield", "meet")),
      Map.entry("THREATEN", Set.of("restrict", "ban", "arrest", "relations", "expel", "territory", "violence")),
      Map.entry("PROTEST", Set.of("demo", "riot", "strike-gen", "strike-lim", "strike-hun", "boycott", "obstruct")),
      Map.entry("SANCTION", Set.of("convict", "cancel", "expel", "withdraw", "sever")),
      Map.entry("MOBILIZE", Set.of("troops", "weapons", "police")),
      Map.entry("COERCE", Set.of("confiscate", "restrict", "ban", "censor", "curfew", "martial-law", "arrest",
          "deport", "withhold")),
      Map.entry("ASSAULT", Set.of("abduct", "beat", "torture", "execute", "sexual", "assassinate", "destroy",
          "primitive", "firearms", "explosives", "suicide-attack", "heavy-weapons", "aerial")));

  @Test
  void bundledCodebookHoldsAllCameoCodes() {
    assertThat(CODEBOOK.all()).hasSize(311);
    assertThat(CODEBOOK.all()).extracting(CameoCode::code).doesNotHaveDuplicates();
    assertThat(CODEBOOK.all().stream().filter(c -> c.code().length() == 4)).hasSize(144);
  }

  @Test
  void loadIsCachedOncePerJvm() {
    assertThat(Codebook.load()).isSameAs(CODEBOOK);
  }

  @ParameterizedTest
  @CsvSource({
      "01, 1, 0.0, Make public statement", "02, 1, 3.0, Appeal", "03, 1, 4.0, Express intent to cooperate",
      "04, 1, 1.0, Consult", "05, 1, 3.5, Engage in diplomatic cooperation",
      "06, 2, 6.0, Engage in material cooperation", "07, 2, 7.0, Provide aid", "08, 2, 5.0, Yield",
      "09, 3, -2.0, Investigate", "10, 3, -5.0, Demand", "11, 3, -2.0, Disapprove", "12, 3, -4.0, Reject",
      "13, 3, -6.0, Threaten", "14, 4, -6.5, Protest", "15, 4, -7.2, Exhibit force posture",
      "16, 4, -4.0, Reduce relations", "17, 4, -7.0, Coerce", "18, 4, -9.0, Assault", "19, 4, -10.0, Fight",
      "20, 4, -10.0, Use unconventional mass violence"})
  void everyRootIsPresentWithItsQuadClassGoldsteinAndName(String code, int quad, double goldstein, String name) {
    CameoCode root = CODEBOOK.require(code);
    assertThat(root.isRoot()).isTrue();
    assertThat(root.quadClass()).isEqualTo(quad);
    assertThat(root.goldstein()).isEqualTo(goldstein);
    assertThat(root.name()).isEqualTo(name);
  }

  @Test
  void thereAreExactlyTwentyRoots() {
    assertThat(CODEBOOK.all().stream().filter(CameoCode::isRoot).map(CameoCode::code))
        .containsExactly("01", "02", "03", "04", "05", "06", "07", "08", "09", "10",
            "11", "12", "13", "14", "15", "16", "17", "18", "19", "20");
  }

  @Test
  void everySubCodesParentExists() {
    for (CameoCode c : CODEBOOK.all()) {
      if (c.code().length() == 3) {
        assertThat(CODEBOOK.get(c.code().substring(0, 2))).as("root of %s", c.code()).isPresent();
      } else if (c.code().length() == 4) {
        assertThat(CODEBOOK.get(c.code().substring(0, 3))).as("parent of %s", c.code()).isPresent();
      }
    }
  }

  @Test
  void subCodesShareTheQuadClassOfTheirRoot() {
    for (CameoCode c : CODEBOOK.all()) {
      assertThat(c.quadClass()).as("quad class of %s", c.code()).isEqualTo(CODEBOOK.root(c.code()).quadClass());
    }
  }

  @Test
  void goldsteinScoresLieInTheScaleWithOneDecimal() {
    for (CameoCode c : CODEBOOK.all()) {
      assertThat(c.goldstein()).as("Goldstein of %s", c.code()).isBetween(-10.0, 10.0);
      assertThat(c.goldstein() * 10).as("Goldstein of %s", c.code()).isCloseTo(Math.rint(c.goldstein() * 10), within(1e-9));
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "010  | Make statement                                  |   0.0 | -         | -",
      "016  | Deny responsibility                             |  -2.0 | -         | -",
      "0234 | Appeal for military protection or peacekeeping  |   3.4 | REQUEST   | assist",
      "036  | Express intent to meet or negotiate             |   4.0 | AGREE     | -",
      "042  | Make a visit                                    |   1.9 | CONSULT   | visit",
      "046  | Engage in negotiation                           |   7.0 | CONSULT   | -",
      "051  | Praise or endorse                               |   3.4 | SUPPORT   | -",
      "057  | Sign formal agreement                           |   8.0 | SUPPORT   | -",
      "073  | Provide humanitarian aid                        |   7.4 | AID       | humanitarian",
      "0841 | Return, release person(s)                       |   7.0 | RETREAT   | release",
      "0871 | Declare truce, ceasefire                        |   9.0 | RETREAT   | ceasefire",
      "0874 | Retreat or surrender militarily                 |  10.0 | RETREAT   | withdraw",
      "1011 | Demand economic cooperation                     |  -5.0 | REQUEST   | assist",
      "1053 | Demand release of persons or property           |  -5.0 | REQUEST   | yield",
      "112  | Accuse                                          |  -2.0 | ACCUSE    | disapprove",
      "1384 | Threaten conventional attack                    |  -7.0 | THREATEN  | violence",
      "145  | Protest violently, riot                         |  -7.5 | PROTEST   | riot",
      "161  | Reduce or break diplomatic relations            |  -4.0 | SANCTION  | sever",
      "163  | Impose embargo, boycott, or sanctions           |  -8.0 | SANCTION  | sever",
      "1711 | Confiscate property                             |  -9.2 | COERCE    | confiscate",
      "173  | Arrest, detain, or charge with legal action     |  -5.0 | COERCE    | arrest",
      "181  | Abduct, hijack, or take hostage                 |  -9.0 | ASSAULT   | abduct",
      "182  | Physically assault                              |  -9.5 | ASSAULT   | beat",
      "1823 | Kill by physical assault                        | -10.0 | ASSAULT   | -",
      "190  | Use conventional military force                 | -10.0 | ASSAULT   | -",
      "193  | Fight with small arms and light weapons         | -10.0 | ASSAULT   | firearms",
      "195  | Employ aerial weapons                           | -10.0 | ASSAULT   | aerial",
      "2042 | Detonate nuclear weapons                        | -10.0 | ASSAULT   | -"})
  void spotChecksAgainstTheCodebook(String code, String name, double goldstein, String plover, String mode) {
    assertThat(CODEBOOK.require(code))
        .isEqualTo(new CameoCode(code, name, goldstein, CODEBOOK.root(code).quadClass(), plover, mode));
  }

  @Test
  void everyRootButMakePublicStatementHasAPloverType() {
    for (CameoCode root : CODEBOOK.all().stream().filter(CameoCode::isRoot).toList()) {
      assertThat(root.hasPlover()).as("PLOVER type of %s", root.code()).isEqualTo(!root.code().equals("01"));
    }
    assertThat(CODEBOOK.children("01")).noneMatch(CameoCode::hasPlover);
  }

  @Test
  void ploverTypesAndModesComeFromThePloverVocabulary() {
    for (CameoCode c : CODEBOOK.all()) {
      if (!c.hasPlover()) {
        assertThat(c.hasPloverMode()).as("mode without type at %s", c.code()).isFalse();
        continue;
      }
      assertThat(PLOVER_MODES).as("PLOVER type of %s", c.code()).containsKey(c.plover());
      if (c.hasPloverMode()) {
        assertThat(PLOVER_MODES.get(c.plover())).as("PLOVER mode of %s", c.code()).contains(c.ploverMode());
      }
    }
  }

  @Test
  void yieldIsSplitIntoConcedeAndRetreat() {
    assertThat(CODEBOOK.require("082").plover()).isEqualTo("CONCEDE");
    assertThat(CODEBOOK.require("084").plover()).isEqualTo("RETREAT");
  }

  @Test
  void requireOfAnUnknownCodeFailsNamingIt() {
    assertThatThrownBy(() -> CODEBOOK.require("999"))
        .isInstanceOf(DyadException.class)
        .hasMessageContaining("999");
    assertThat(CODEBOOK.get("999")).isEmpty();
    assertThatThrownBy(() -> CODEBOOK.children("21")).isInstanceOf(DyadException.class).hasMessageContaining("21");
  }

  @Test
  void assaultHasItsSevenChildrenAndTheirSubCodes() {
    assertThat(CODEBOOK.children("18")).extracting(CameoCode::code)
        .containsExactly("180", "181", "182", "183", "184", "185", "186");
    assertThat(CODEBOOK.children("182")).extracting(CameoCode::code).containsExactly("1821", "1822", "1823");
    assertThat(CODEBOOK.children("183")).extracting(CameoCode::code).containsExactly("1831", "1832", "1833");
    assertThat(CODEBOOK.children("1823")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"01, 10", "02, 9", "03, 10", "04, 7", "05, 8", "06, 5", "07, 6", "08, 8", "09, 5", "10, 9",
      "11, 7", "12, 10", "13, 10", "14, 6", "15, 5", "16, 7", "17, 6", "18, 7", "19, 7", "20, 5"})
  void eachRootHasItsKnownNumberOfThreeDigitCodes(String root, int count) {
    assertThat(CODEBOOK.children(root)).hasSize(count).allMatch(c -> c.code().length() == 3);
  }

  @Test
  void rootOfASubCodeIsItsCueCategory() {
    assertThat(CODEBOOK.root("1823").code()).isEqualTo("18");
    assertThat(CODEBOOK.root("0211").code()).isEqualTo("02");
    assertThat(CODEBOOK.root("14").code()).isEqualTo("14");
    assertThat(CODEBOOK.require("1823").root()).isEqualTo("18");
    assertThat(CODEBOOK.require("1823").parent()).contains("182");
  }

  @Test
  void quadClassesHaveNames() {
    assertThat(List.of(1, 2, 3, 4)).extracting(Codebook::quadClassName)
        .containsExactly("Verbal cooperation", "Material cooperation", "Verbal conflict", "Material conflict");
    assertThatThrownBy(() -> Codebook.quadClassName(5)).isInstanceOf(DyadException.class).hasMessageContaining("5");
  }
}
