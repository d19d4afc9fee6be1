package org.dyad.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.dyad.json.AnalysisJson;
import org.junit.jupiter.api.Test;

class DatePrecisionTest {
  @Test
  void theFormOfAnEventDateSaysHowMuchOfItIsKnown() {
    assertThat(DatePrecision.of("2025-03-04")).isEqualTo(DatePrecision.DAY);
    assertThat(DatePrecision.of("2025-03")).isEqualTo(DatePrecision.MONTH);
    assertThat(DatePrecision.of("2012")).isEqualTo(DatePrecision.YEAR);
    assertThat(DatePrecision.of(null)).isEqualTo(DatePrecision.UNKNOWN);
  }

  @Test
  void aDateOfAnotherFormIsRefusedWithItsValue() {
    assertThatThrownBy(() -> DatePrecision.of("March 2012")).hasMessageContaining("'March 2012'")
        .hasMessageContaining("YYYY-MM-DD");
  }

  @Test
  void anEventsJsonCarriesItsDatePrecision() {
    Event e = Event.builder("e1").cameo("173").root("17").label("Arrest").goldstein(-5.0).quadClass(4).date("2012").build();
    JsonNode json = AnalysisJson.mapper().valueToTree(e);
    assertThat(json.get("date").asText()).isEqualTo("2012");
    assertThat(json.get("date_precision").asText()).isEqualTo("year");
  }
}
