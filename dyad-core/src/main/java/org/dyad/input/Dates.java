package org.dyad.input;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as pages write them: ISO dates and date-times ({@code 2024-12-09},
 * {@code 2024-12-09T14:30:00+02:00}), also with '/' or without separators, and RFC 1123. Only the
 * date part is kept, as written (no time-zone conversion).
 */
final class Dates {
  private static final Pattern ISO = Pattern.compile("(\\d{4})([-/]?)(\\d{2})\\2(\\d{2})(?:$|[Tt\\s].*)");

  private Dates() {}

  static Optional<LocalDate> parse(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.strip();
    Matcher m = ISO.matcher(v);
    try {
      if (m.matches()) {
        return Optional.of(LocalDate.of(
            Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))));
      }
      return Optional.of(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
