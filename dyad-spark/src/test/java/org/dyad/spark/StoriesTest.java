package org.dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

class StoriesTest {
  private static Row pair(String earlier, long earlierSeq, String later, long laterSeq, double distance) {
    return RowFactory.create(earlier, earlierSeq, later, laterSeq, distance);
  }

  @Test
  void laterArticleJoinsTheStoryOfTheMostSimilarEarlierOne() {
    List<Row> stories = Stories.assign(List.of(
        pair("a", 1, "b", 2, 0.10),
        pair("b", 2, "c", 3, 0.05),
        pair("a", 1, "c", 3, 0.15),
        pair("x", 4, "y", 5, 0.0)));
    assertThat(stories).extracting(r -> r.getString(0) + ">" + r.getString(1) + " via " + r.getString(2))
        .containsExactly("b>a via a", "c>a via b", "y>x via x");
    assertThat(stories.get(1).getDouble(3)).isEqualTo(0.95);
  }

  @Test
  void amongEquallySimilarArticlesTheEarliestWins() {
    List<Row> stories = Stories.assign(List.of(pair("b", 2, "c", 3, 0.1), pair("a", 1, "c", 3, 0.1)));
    assertThat(stories).extracting(r -> r.getString(2)).containsExactly("a");
  }

  @Test
  void textWithoutWordsHasNoShingleVector() {
    assertThat(Stories.shingleVector(" ... ")).isNull();
    assertThat(Stories.shingleVector("one two three four five six").numNonzeros()).isEqualTo(2);
  }
}
