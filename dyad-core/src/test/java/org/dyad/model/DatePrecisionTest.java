package org.dyad.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
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
    Event e = new Event("e1", null, null, "173", "17", "Arrest", -5.0, 4, null, null, false, Event.Certainty.ASSERTED,
        null, "2012", null, null, null, List.of());
    JsonNode json = AnalysisJson.mapper().valueToTree(e);
    assertThat(json.get("date").asText()).isEqualTo("2012");
    assertThat(json.get("date_precision").asText()).isEqualTo("year");
  }
}
