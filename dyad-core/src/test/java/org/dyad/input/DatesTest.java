package org.dyad.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "2024-03-14", " 2024-03-14T23:45:00+03:00 ", "2024-03-14T23:45:00Z", "2024-03-14T23:45:00.123-05:00",
      "2024-03-14 23:45", "2024/03/14", "20240314", "Thu, 14 Mar 2024 23:45:00 GMT"})
  void datesAndDateTimesKeepTheWrittenDate(String value) {
    assertThat(Dates.parse(value)).contains(LocalDate.of(2024, 3, 14));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"yesterday", "2024-13-45", "2024-03-1", "14/03/2024", "2024-03/14"})
  void otherValuesGiveNoDate(String value) {
    assertThat(Dates.parse(value)).isEmpty();
  }
}
