package org.dyad.store.export;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.dyad.model.ActorRef;
import org.dyad.model.Event;
import org.dyad.store.StoredEvent;

/**
 * Events as GDELT 2.0 event records: GDELT's 61 tab-separated columns in its order, no header, then
 * two of dyad's: {@code DyadCertainty} (asserted, alleged, hypothetical) and {@code DyadNegated}
 * (1 when the text says the act did not happen), which GDELT cannot say. Columns dyad has no data
 * for are empty; docs/store.md lists which are filled and from what.
 */
final class GdeltExporter implements Exporter {
  static final int GDELT_COLUMNS = 61;
  static final int COLUMNS = GDELT_COLUMNS + 3;

  @Override
  public void write(StoredEvent s, Writer out) throws IOException {
    Event e = s.event();
    List<String> c = new ArrayList<>(Collections.nCopies(COLUMNS, ""));
    c.set(0, e.id());
    LocalDate day = firstDay(e.date());
    if (day != null) {
      c.set(1, String.format("%04d%02d%02d", day.getYear(), day.getMonthValue(), day.getDayOfMonth()));
      c.set(2, String.format("%04d%02d", day.getYear(), day.getMonthValue()));
      c.set(3, String.valueOf(day.getYear()));
      c.set(4, String.format("%.4f", day.getYear() + (day.getDayOfYear() - 1) / 365.0));
    }
    actor(c, 5, e.source(), s.sourceFacts());
    actor(c, 15, e.target(), s.targetFacts());
    c.set(25, s.mentions().stream().anyMatch(m -> m.sentence() == 0) ? "1" : "0");
    c.set(26, e.cameo());
    c.set(27, e.cameo().length() > 3 ? e.cameo().substring(0, 3) : e.cameo());
    c.set(28, e.root());
    c.set(29, String.valueOf(e.quadClass()));
    c.set(30, String.valueOf(e.goldstein()));
    c.set(31, String.valueOf(e.numMentions()));
    c.set(32, String.valueOf(s.numSources()));
    c.set(33, String.valueOf(s.numArticles()));
    if (e.location() != null) {
      c.set(52, clean(e.location()));
    }
    s.articles().stream().map(StoredEvent.ArticleRef::url).filter(u -> u != null).findFirst().ifPresent(u -> c.set(60, clean(u)));
    c.set(61, e.certainty().name().toLowerCase(java.util.Locale.ROOT));
    c.set(62, e.negated() ? "1" : "0");
    c.set(63, e.datePrecision().name().toLowerCase(java.util.Locale.ROOT));
    out.write(String.join("\t", c) + "\n");
  }

  /** Actor code, name, country, and the role as Type1Code, from column {@code at}. */
  private static void actor(List<String> c, int at, ActorRef ref, StoredEvent.ActorFacts facts) {
    if (ref == null) {
      return;
    }
    c.set(at, ref.code() == null ? "" : ref.code());
    c.set(at + 1, clean(ref.name() == null ? "" : ref.name().toUpperCase(java.util.Locale.ROOT)));
    c.set(at + 2, facts.country() == null ? "" : facts.country());
    c.set(at + 7, facts.role() == null ? "" : facts.role());
  }

  static LocalDate firstDay(String date) {
    if (date == null || date.length() < 4) {
      return null;
    }
    try {
      return switch (date.length()) {
        case 4 -> LocalDate.of(Integer.parseInt(date), 1, 1);
        case 7 -> LocalDate.parse(date + "-01");
        default -> LocalDate.parse(date.substring(0, 10));
      };
    } catch (RuntimeException ex) {
      return null;
    }
  }

  private static String clean(String s) {
    return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
