package org.dyad.model;

/**
 * How much of an event's date is known: the day ("2025-03-04"), the month ("2025-03"), the year
 * ("2012"), or nothing (no date). An event date is written only as far as it is known, so the
 * precision is read from its form; exports that need a full day (GDELT's SQLDATE) say it beside it.
 */
public enum DatePrecision {
  DAY,
  MONTH,
  YEAR,
  UNKNOWN;

  /**
   * The precision of an event date: null is {@link #UNKNOWN}.
   *
   * @throws IllegalArgumentException for a value that is none of "YYYY", "YYYY-MM", "YYYY-MM-DD"
   */
  public static DatePrecision of(String date) {
    if (date == null) {
      return UNKNOWN;
    }
    if (date.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return DAY;
    }
    if (date.matches("\\d{4}-\\d{2}")) {
      return MONTH;
    }
    if (date.matches("\\d{4}")) {
      return YEAR;
    }
    throw new IllegalArgumentException("event date must be YYYY, YYYY-MM or YYYY-MM-DD, got '" + date + "'");
  }
}
