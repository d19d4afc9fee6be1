package org.dyad.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.StreamSupport;
import org.dyad.store.Saved;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v1/stories}: near-duplicate articles as one story, with their events told once. */
class StoriesApiTest extends ServerTest {
  /** The Syria report as another outlet ran it: the same wire copy, a word changed. */
  private static final String REWRITE = TestCorpus.SYRIA.replace("dozens of Hamas members", "scores of Hamas members");

  private static Saved first;
  private static Saved rewrite;

  @BeforeAll
  static void storeARewrite() {
    first = store.save(TestCorpus.analysis("syria-hamas", "Syria arrests Hamas members in Damascus", "2024-12-08",
        "https://news.example/syria", TestCorpus.SYRIA));
    rewrite = store.save(TestCorpus.analysis("syria-rewrite", "Damascus detains Hamas members", "2024-12-09",
        "https://www.paper.example/damascus", REWRITE));
  }

  private static List<JsonNode> list(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).toList();
  }

  @Test
  void aRewriteJoinsTheStoryOfTheReportItRewritesWithItsPublisherAndTheEventsOnce() {
    assertThat(rewrite.status()).isEqualTo(Saved.Status.NEAR_DUPLICATE);
    JsonNode story = getJson("/api/v1/stories/" + first.articleId());
    assertThat(story.get("id").asLong()).isEqualTo(first.articleId());
    List<JsonNode> articles = list(story.get("articles"));
    assertThat(articles).extracting(a -> a.get("title").asText())
        .containsExactly("Syria arrests Hamas members in Damascus", "Damascus detains Hamas members");
    assertThat(articles).extracting(a -> a.get("publisher").asText()).containsExactly("news.example", "paper.example");
    assertThat(articles).extracting(a -> a.get("date").asText()).containsExactly("2024-12-08", "2024-12-09");
    assertThat(articles.get(1).get("near_duplicate_of").asLong()).isEqualTo(first.articleId());
    List<JsonNode> events = list(story.get("events"));
    assertThat(events).isNotEmpty();
    assertThat(events.stream().map(e -> e.get("id").asLong()).distinct()).hasSameSizeAs(events);
    JsonNode arrest = events.stream().filter(e -> e.get("cameo").asText().equals("173")).findFirst().orElseThrow();
    assertThat(arrest.get("num_articles").asInt()).isEqualTo(2);
  }

  @Test
  void storiesAreListedWithTheNewestFirstAndPaged() {
    JsonNode page = getJson("/api/v1/stories?limit=2");
    assertThat(page.get("total").asInt()).isEqualTo(4); // four articles, the rewrite in the Syria story
    assertThat(list(page.get("items"))).extracting(s -> s.get("articles").get(0).get("name").asText())
        .containsExactly("kenya-ethiopia", "script");
    JsonNode rest = getJson("/api/v1/stories?limit=2&offset=2");
    assertThat(list(rest.get("items"))).extracting(s -> s.get("articles").size()).containsExactly(1, 2);
  }

  @Test
  void anUnknownStoryIsA404AndABadIdA400() {
    HttpResponse<String> unknown = get("/api/v1/stories/" + rewrite.articleId());
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(json(unknown).get("error").get("message").asText()).contains("no story");
    assertThat(get("/api/v1/stories/abc").statusCode()).isEqualTo(400);
    assertThat(get("/api/v1/stories?limit=101").statusCode()).isEqualTo(400);
  }
}
