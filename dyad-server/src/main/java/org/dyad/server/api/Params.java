package org.dyad.server.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/**
 * Query and path parameters read strictly: a value that is present but malformed is a 400 naming the
 * parameter, the value and what was expected; an absent optional one is null.
 */
public final class Params {
  private Params() {}

  public static String text(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  public static Integer integer(Context ctx, String name, int min, int max) {
    String v = text(ctx, name);
    if (v == null) {
      return null;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) {
        throw ApiError.badRequest(name + " must be " + min + ".." + max + ", got " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw ApiError.badRequest(name + " must be an integer, got '" + v + "'");
    }
  }

  public static LocalDate date(Context ctx, String name) {
    String v = text(ctx, name);
    try {
      return v == null ? null : LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiError.badRequest(name + " must be a date YYYY-MM-DD, got '" + v + "'");
    }
  }

  public static Boolean bool(Context ctx, String name) {
    String v = text(ctx, name);
    if (v == null) {
      return null;
    }
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw ApiError.badRequest(name + " must be true or false, got '" + v + "'");
    };
  }

  /**
   * Which events count as acts in an aggregate: {@code certainty} (asserted, alleged, hypothetical or
   * all, comma-separated; default asserted,alleged) and {@code include_negated} (default false).
   */
  public static org.dyad.store.Counting counting(Context ctx) {
    Boolean negated = bool(ctx, "include_negated");
    try {
      return org.dyad.store.Counting.parse(text(ctx, "certainty"), negated != null && negated);
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest(e.getMessage());
    }
  }

  /** One of the keys of {@code choices} (ignoring case), or {@code fallback} when absent. */
  public static <T> T choice(Context ctx, String name, Map<String, T> choices, T fallback) {
    String v = text(ctx, name);
    if (v == null) {
      return fallback;
    }
    T t = choices.get(v.toLowerCase(Locale.ROOT));
    if (t == null) {
      throw ApiError.badRequest(name + " must be one of " + String.join(", ", new java.util.TreeSet<>(choices.keySet()))
          + ", got '" + v + "'");
    }
    return t;
  }

  /** A numeric path parameter (a store id). */
  public static long id(Context ctx, String name) {
    String v = ctx.pathParam(name);
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw ApiError.badRequest(name + " must be a numeric id, got '" + v + "'");
    }
  }

  /** The page asked for: {@code limit} 1..max (default {@code defaultLimit}), {@code offset} >= 0. */
  public static Page.Request page(Context ctx, int defaultLimit, int max) {
    Integer limit = integer(ctx, "limit", 1, max);
    Integer offset = integer(ctx, "offset", 0, Integer.MAX_VALUE);
    return new Page.Request(limit == null ? defaultLimit : limit, offset == null ? 0 : offset);
  }
}
