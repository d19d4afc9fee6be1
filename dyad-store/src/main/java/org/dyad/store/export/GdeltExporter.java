package org.dyad.store.export;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.dyad.geo.Gazetteer;
import org.dyad.model.ActorRef;
import org.dyad.model.Event;
import org.dyad.store.StoredEvent;

/**
 * Events as GDELT 2.0 Event records: GDELT's 61 tab-separated columns in the codebook's order, no
 * header, then dyad's (gdelt-events.txt): {@code DyadCertainty} (asserted, alleged, hypothetical),
 * {@code DyadNegated} (1 when the text says the act did not happen), {@code DyadDatePrecision}
 * (day, month, year, unknown: a year-only event's SQLDATE is, as in GDELT, its first day) and the
 * actors' dyad codes. Actors are CAMEO-coded as GDELT writes them ({@link CameoActors}). Columns dyad
 * has no data for are empty; docs/store.md lists which are filled and from what.
 */
final class GdeltExporter implements Exporter {
  private final GdeltGeo geo = new GdeltGeo(Gazetteer.shared());
  static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

  @Override
  public void write(StoredEvent s, Writer out) throws IOException {
    Event e = s.event();
    GdeltColumns.Row row = GdeltColumns.EVENTS.row().set("GLOBALEVENTID", e.id());
    LocalDate day = firstDay(e.date());
    if (day != null) {
      row.set("SQLDATE", String.format("%04d%02d%02d", day.getYear(), day.getMonthValue(), day.getDayOfMonth()))
          .set("MonthYear", String.format("%04d%02d", day.getYear(), day.getMonthValue()))
          .set("Year", day.getYear())
          .set("FractionDate", fractionDate(day));
    }
    actor(row, "Actor1", e.source(), s.sourceFacts());
    actor(row, "Actor2", e.target(), s.targetFacts());
    geo.setCountry(row, "Actor1Geo", e.source() == null ? null : s.sourceFacts().country());
    geo.setCountry(row, "Actor2Geo", e.target() == null ? null : s.targetFacts().country());
    geo.set(row, "ActionGeo", e.place());
    row.set("IsRootEvent", leadSentence(s) ? 1 : 0)
        .set("EventCode", e.cameo())
        .set("EventBaseCode", e.cameo().length() > 3 ? e.cameo().substring(0, 3) : e.cameo())
        .set("EventRootCode", e.root())
        .set("QuadClass", e.quadClass())
        .set("GoldsteinScale", e.goldstein())
        .set("NumMentions", e.numMentions())
        .set("NumSources", s.numSources())
        .set("NumArticles", s.numArticles())
        .set("DATEADDED", timestamp(s.added()));
    StoredEvent.ArticleRef first = s.first();
    if (first != null) {
      row.set("SOURCEURL", first.url() != null ? first.url() : first.name());
    }
    row.set("DyadCertainty", e.certainty().name().toLowerCase(Locale.ROOT))
        .set("DyadNegated", e.negated() ? 1 : 0)
        .set("DyadDatePrecision", e.datePrecision().name().toLowerCase(Locale.ROOT))
        .set("DyadActor1Code", e.source() == null ? null : e.source().code())
        .set("DyadActor2Code", e.target() == null ? null : e.target().code());
    out.write(row.line());
  }

  /** The actor's CAMEO code, name (upper case, as GDELT writes names) and code parts. */
  private static void actor(GdeltColumns.Row row, String actor, ActorRef ref, StoredEvent.ActorFacts facts) {
    if (ref == null) {
      return;
    }
    CameoActor c = CameoActors.BUNDLED.of(ref, facts);
    row.set(actor + "Code", c.code())
        .set(actor + "Name", ref.name() == null ? null : ref.name().toUpperCase(Locale.ROOT))
        .set(actor + "CountryCode", c.country())
        .set(actor + "KnownGroupCode", c.knownGroup())
        .set(actor + "EthnicCode", c.ethnic())
        .set(actor + "Religion1Code", c.religion());
    for (int n = 1; n <= 3; n++) {
      row.set(actor + "Type" + n + "Code", c.type(n));
    }
  }

  /** GDELT's IsRootEvent: the first report tells the event in its lead (dyad: its first sentence). */
  private static boolean leadSentence(StoredEvent s) {
    return s.mentions().stream().anyMatch(m -> m.article() == s.firstArticle() && m.sentence() == 0);
  }

  /**
   * YYYY.FFFF, the fraction of the year done by that day, as GDELT's files compute it: the day of the
   * year / 365 (1 January 1979 is 1979.0027). The codebook's prose gives (MONTH * 30 + DAY) / 365,
   * which its own data do not follow.
   */
  static String fractionDate(LocalDate day) {
    return String.format(Locale.ROOT, "%.4f", day.getYear() + day.getDayOfYear() / 365.0);
  }

  /** YYYYMMDDHHMMSS in UTC, or null. */
  static String timestamp(Instant t) {
    return t == null ? null : TIMESTAMP.format(t);
  }

  /** The first day an event date covers ("2012" -> 2012-01-01), or null without a date. */
  static LocalDate firstDay(String date) {
    if (date == null) {
      return null;
    }
    return switch (date.length()) {
      case 4 -> LocalDate.of(Integer.parseInt(date), 1, 1);
      case 7 -> LocalDate.parse(date + "-01");
      default -> LocalDate.parse(date);
    };
  }
}
