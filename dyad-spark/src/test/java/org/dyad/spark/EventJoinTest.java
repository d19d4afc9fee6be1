package org.dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.junit.jupiter.api.Test;

class EventJoinTest {
  /** A telling of SYRGOV (or an unknown source) arresting Hamas, told once in an article. */
  private static Told arrest(String article, int file, String source, String date, boolean explicit, String certainty) {
    Row span = new GenericRowWithSchema(new Object[] {0, 0, 10, "arrested"}, Schemas.MENTION_SPAN);
    Row telling = new GenericRowWithSchema(new Object[] {"e1", source, source == null ? null : "SYRGOV", "hamas", "HAMAS",
        file == 2 ? "1731" : "173", "17", "arrest", -5.0, 4, null, null, false, certainty, null, date, explicit, null, null, null,
        Schemas.array(List.of(span))}, Schemas.TELLING);
    return new Told(article, file, 0, 0, article.startsWith("w") ? "wire.example" : null, telling);
  }

  @Test
  void tellingsOfOneEventInSeveralArticlesAreOneEventWithTheirCounts() {
    List<CorpusEvent> events = new EventJoin(7).join(List.of(
        arrest("b", 2, "syrgov", "2024-06-05", false, "alleged"),
        arrest("a", 1, null, "2024-06-02", false, "asserted"),
        arrest("w1", 3, "syrgov", "2024-06-01", true, "alleged"),
        arrest("w2", 4, null, "2024-06-01", true, "asserted")));
    assertThat(events).hasSize(1);
    Row e = events.get(0).toRow();
    assertThat(e.<String>getAs("event_id")).isEqualTo("a#e1");
    assertThat(e.<String>getAs("source_actor")).isEqualTo("syrgov");
    assertThat(e.<String>getAs("source_code")).isEqualTo("SYRGOV");
    assertThat(e.<String>getAs("cameo")).isEqualTo("1731");
    assertThat(e.<String>getAs("date")).isEqualTo("2024-06-01");
    assertThat(e.<Integer>getAs("num_articles")).isEqualTo(4);
    assertThat(e.<Integer>getAs("num_sources")).isEqualTo(3); // two articles without URL, two of one publisher
    assertThat(e.<Integer>getAs("num_mentions")).isEqualTo(4);
    assertThat(e.<String>getAs("certainty")).isEqualTo("alleged"); // a tie goes to the less certain
  }

  @Test
  void articleDatesFurtherApartThanTheWindowAreTwoEvents() {
    List<CorpusEvent> events = new EventJoin(7).join(List.of(
        arrest("a", 1, "syrgov", "2024-06-02", false, "asserted"),
        arrest("b", 2, "syrgov", "2024-07-20", false, "asserted")));
    assertThat(events).hasSize(2);
  }
}
