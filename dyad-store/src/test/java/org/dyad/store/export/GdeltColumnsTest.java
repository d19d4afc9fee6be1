package org.dyad.store.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The GDELT column lists against the GDELT 2.0 Event Codebook: count, order, names. */
class GdeltColumnsTest {
  private static final List<String> ACTOR = List.of("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
      "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code");
  private static final List<String> GEO = List.of("Geo_Type", "Geo_FullName", "Geo_CountryCode", "Geo_ADM1Code",
      "Geo_ADM2Code", "Geo_Lat", "Geo_Long", "Geo_FeatureID");

  @Test
  void theEventTableHasTheCodebooks61ColumnsInItsOrderThenDyads() {
    List<String> names = GdeltColumns.EVENTS.names();
    assertThat(GdeltColumns.EVENTS.gdeltColumns()).isEqualTo(61);
    assertThat(names.subList(0, 5)).containsExactly("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate");
    assertThat(names.subList(5, 15)).containsExactlyElementsOf(ACTOR.stream().map(c -> "Actor1" + c).toList());
    assertThat(names.subList(15, 25)).containsExactlyElementsOf(ACTOR.stream().map(c -> "Actor2" + c).toList());
    assertThat(names.subList(25, 35)).containsExactly("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode",
        "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone");
    assertThat(names.subList(35, 43)).containsExactlyElementsOf(GEO.stream().map(c -> "Actor1" + c).toList());
    assertThat(names.subList(43, 51)).containsExactlyElementsOf(GEO.stream().map(c -> "Actor2" + c).toList());
    assertThat(names.subList(51, 59)).containsExactlyElementsOf(GEO.stream().map(c -> "Action" + c).toList());
    assertThat(names.subList(59, 61)).containsExactly("DATEADDED", "SOURCEURL");
    assertThat(names.subList(61, names.size())).allMatch(n -> n.startsWith("Dyad"))
        .startsWith("DyadCertainty", "DyadNegated", "DyadDatePrecision");
  }

  @Test
  void theMentionsTableHasTheCodebooks16ColumnsInItsOrderThenDyads() {
    List<String> names = GdeltColumns.MENTIONS.names();
    assertThat(GdeltColumns.MENTIONS.gdeltColumns()).isEqualTo(16);
    assertThat(names.subList(0, 16)).containsExactly("GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType",
        "MentionSourceName", "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset",
        "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo",
        "Extras");
    assertThat(names.subList(16, names.size())).isNotEmpty().allMatch(n -> n.startsWith("Dyad"));
  }

  @Test
  void aRowIsFilledByNameAndAnUnknownNameIsRefused() {
    String line = GdeltColumns.EVENTS.row().set("SOURCEURL", "https://a.example/x\ty").set("GLOBALEVENTID", 7).line();
    String[] cells = line.substring(0, line.length() - 1).split("\t", -1);
    assertThat(cells).hasSize(GdeltColumns.EVENTS.names().size());
    assertThat(cells[0]).isEqualTo("7");
    assertThat(cells[60]).as("a tab inside a value cannot split the record").isEqualTo("https://a.example/x y");
    assertThatThrownBy(() -> GdeltColumns.EVENTS.row().set("Actor3Code", "X")).hasMessageContaining("Actor3Code");
  }
}
