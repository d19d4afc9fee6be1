package org.dyad.spark;

import java.io.Serializable;
import java.util.Comparator;
import org.apache.spark.sql.Row;
import org.dyad.events.merge.SameEvent;

/**
 * One telling of an event with the article that tells it: the article's place in the input order
 * (file, item) and the telling's place in the article, which together give the order in which the
 * store would have seen it. {@code telling} is a row of {@link Schemas#TELLING}.
 */
record Told(String articleId, int fileIndex, int itemIndex, int eventIndex, String publisher, Row telling)
    implements Serializable {
  /** Input order: as the store sees tellings when the articles are saved one after the other. */
  static final Comparator<Told> INPUT_ORDER = Comparator.comparingInt(Told::fileIndex)
      .thenComparingInt(Told::itemIndex).thenComparingInt(Told::eventIndex);

  /** The key of the store's candidate index: root, target and negation. */
  String groupKey() {
    return telling.getAs("root") + "\u0001" + telling.getAs("target_actor") + "\u0001" + telling.getAs("negated");
  }

  SameEvent.Telling asTelling() {
    return new SameEvent.Telling(telling.getAs("root"), telling.getAs("negated"), telling.getAs("source_actor"),
        telling.getAs("target_actor"), telling.getAs("date"), telling.getAs("date_explicit"), telling.getAs("quantity"));
  }
}
