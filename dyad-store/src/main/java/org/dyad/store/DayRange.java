package org.dyad.store;

import java.time.LocalDate;
import java.time.YearMonth;

/** The days an event date covers: "2012" is a year, "2025-03" a month, "2025-03-04" one day. */
record DayRange(LocalDate from, LocalDate to) {
  /** The range of an event date, or null when the date is null or not one of the three forms. */
  static DayRange of(String date) {
    if (date == null) {
      return null;
    }
    try {
      return switch (date.length()) {
        case 4 -> new DayRange(LocalDate.of(Integer.parseInt(date), 1, 1), LocalDate.of(Integer.parseInt(date), 12, 31));
        case 7 -> {
          YearMonth m = YearMonth.parse(date);
          yield new DayRange(m.atDay(1), m.atEndOfMonth());
        }
        case 10 -> new DayRange(LocalDate.parse(date), LocalDate.parse(date));
        default -> null;
      };
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** True when the two ranges, each widened by {@code days} on both sides, overlap. */
  boolean near(DayRange other, int days) {
    return !from.minusDays(days).isAfter(other.to) && !other.from.minusDays(days).isAfter(to);
  }
}
