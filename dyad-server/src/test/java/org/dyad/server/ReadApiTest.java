package org.dyad.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** The read endpoints of /api/v1 against a real server and database holding {@link TestCorpus}. */
class ReadApiTest extends ServerTest {
  private static List<JsonNode> items(JsonNode page) {
    return StreamSupport.stream(page.get("items").spliterator(), false).toList();
  }

  private static List<String> texts(List<JsonNode> nodes, String field) {
    return nodes.stream().map(n -> n.get(field).asText()).toList();
  }

  private static long articleId(String name) {
    return items(getJson("/api/v1/articles?limit=500")).stream().filter(a -> a.get("name").asText().equals(name))
        .findFirst().orElseThrow().get("id").asLong();
  }

  private static boolean involves(JsonNode event, String actorId) {
    Predicate<String> is = side -> event.get(side).isObject() && event.get(side).get("id").asText().equalsIgnoreCase(actorId);
    return is.test("source") || is.test("target");
  }

  @Test
  void statsCountWhatTheStoreHolds() {
    JsonNode stats = getJson("/api/v1/stats");
    assertThat(stats.get("articles").asInt()).isEqualTo(4);
    assertThat(stats.get("events").asInt()).isPositive();
  }

  @Test
  void articlesAreListedNewestFirstAndPaged() {
    JsonNode first = getJson("/api/v1/articles?limit=2");
    assertThat(texts(items(first), "name")).containsExactly("kenya-ethiopia", "script");
    assertThat(first.get("total").asInt()).isEqualTo(4);
    assertThat(first.get("limit").asInt()).isEqualTo(2);
    JsonNode second = getJson("/api/v1/articles?limit=2&offset=2");
    assertThat(texts(items(second), "name")).containsExactly("gaza", "syria-hamas");
    assertThat(second.get("offset").asInt()).isEqualTo(2);
    assertThat(items(second).get(1).get("near_duplicate_of").isNull()).isTrue();
    assertThat(items(second).get(1).get("num_events").asInt()).isPositive();
  }

  @Test
  void anArticleComesWithItsTextActorsWithSpansEventsAndQuotes() {
    long id = articleId("syria-hamas");
    JsonNode a = getJson("/api/v1/articles/" + id);
    String text = a.get("text").asText();
    assertThat(text).isEqualTo(TestCorpus.SYRIA);
    assertThat(a.get("article").get("title").asText()).isEqualTo("Syria arrests Hamas members in Damascus");
    JsonNode hamas = StreamSupport.stream(a.get("actors").spliterator(), false)
        .filter(x -> x.get("actor").get("id").asText().equals("hamas")).findFirst().orElseThrow();
    assertThat(hamas.get("mentions")).isNotEmpty();
    for (JsonNode actor : a.get("actors")) {
      for (JsonNode m : actor.get("mentions")) {
        assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt())).isEqualTo(m.get("text").asText());
      }
    }
    assertThat(a.get("events")).isNotEmpty();
    for (JsonNode e : a.get("events")) {
      JsonNode here = StreamSupport.stream(e.get("mentions").spliterator(), false)
          .filter(m -> m.get("article").asLong() == id).findFirst().orElseThrow();
      assertThat(text.substring(here.get("start").asInt(), here.get("end").asInt())).isEqualTo(here.get("text").asText());
    }
    JsonNode quote = a.get("quotes").get(0);
    assertThat(quote.get("speaker").get("id").asText()).isEqualTo("hamas");
    assertThat(text.substring(quote.get("start").asInt(), quote.get("end").asInt())).isEqualTo(quote.get("text").asText());
  }

  @Test
  void actorsAreListedBusiestFirstAndEachHasAliasesAndRelations() {
    JsonNode list = getJson("/api/v1/actors?limit=1");
    assertThat(texts(items(list), "id")).containsExactly("hamas");
    assertThat(list.get("total").asInt()).isGreaterThan(5);
    JsonNode syria = getJson("/api/v1/actors/syrgov");
    assertThat(syria.get("actor").get("code").asText()).isEqualTo("SYRGOV");
    assertThat(syria.get("actor").get("role").asText()).isEqualTo("GOV");
    assertThat(syria.get("aliases").toString()).contains("Syrian government");
    JsonNode top = syria.get("relations").get(0);
    assertThat(top.get("other").get("id").asText()).isEqualTo("hamas");
    assertThat(top.get("conflict").asInt()).isPositive();
    assertThat(top.get("events").asInt()).isEqualTo(top.get("cooperation").asInt() + top.get("conflict").asInt());
  }

  @Test
  void eventsAreFilteredLikeDyadEvents() {
    List<JsonNode> hamas = items(getJson("/api/v1/events?actor=HAMAS"));
    assertThat(hamas).isNotEmpty().allMatch(e -> involves(e, "hamas"));
    List<JsonNode> forward = items(getJson("/api/v1/events?dyad=SYRGOV:HAMAS&direction=forward"));
    assertThat(forward).isNotEmpty().allMatch(e -> e.get("source").get("code").asText().equals("SYRGOV"));
    List<JsonNode> either = items(getJson("/api/v1/events?dyad=SYRGOV:HAMAS"));
    assertThat(either.size()).isGreaterThan(forward.size());
    assertThat(items(getJson("/api/v1/events?quad=4"))).isNotEmpty().allMatch(e -> e.get("quad_class").asInt() == 4);
    assertThat(items(getJson("/api/v1/events?from=2025-01-01&to=2025-01-31"))).isNotEmpty()
        .allMatch(e -> e.get("date").asText().startsWith("2025-01"));
    assertThat(items(getJson("/api/v1/events?root=19"))).isNotEmpty().allMatch(e -> e.get("cameo").asText().startsWith("19"));
    assertThat(items(getJson("/api/v1/events?cameo=173"))).extracting(e -> e.get("cameo").asText()).containsOnly("173");
    assertThat(items(getJson("/api/v1/events?certainty=asserted&negated=false"))).isNotEmpty()
        .allMatch(e -> e.get("certainty").asText().equals("asserted") && !e.get("negated").asBoolean());
    List<Double> goldstein = items(getJson("/api/v1/events?sort=goldstein")).stream().map(e -> e.get("goldstein").asDouble()).toList();
    assertThat(goldstein).isSorted();
  }

  @Test
  void eventsAreFilteredByTheCountryAndBoxTheyHappenedInAndCountedByCountry() {
    List<JsonNode> syria = items(getJson("/api/v1/events?country=SYR&limit=500"));
    assertThat(syria).isNotEmpty().allMatch(e -> e.get("location").get("country").asText().equals("SYR"));
    assertThat(items(getJson("/api/v1/events?country=SY&limit=500"))).hasSameSizeAs(syria);
    List<JsonNode> boxed = items(getJson("/api/v1/events?bbox=35,32,37.5,34&limit=500"));
    assertThat(boxed).allMatch(e -> e.get("location").get("lat").asDouble() >= 32 && e.get("location").get("lon").asDouble() <= 37.5);
    JsonNode counts = getJson("/api/v1/geo/countries").get("countries");
    assertThat(counts.get("SYR").asInt()).isEqualTo(syria.size());
    assertThat(get("/api/v1/events?bbox=1,2,3").statusCode()).isEqualTo(400);
    assertThat(get("/api/v1/events?country=Syria").statusCode()).isEqualTo(400);
  }

  @Test
  void likeWildcardsInTheActorFilterAreTakenLiterally() {
    assertThat(items(getJson("/api/v1/events?actor=SYR"))).isNotEmpty();
    assertThat(getJson("/api/v1/events?actor=%25").get("total").asInt()).as("actor=%").isZero();
    assertThat(getJson("/api/v1/events?actor=_YR").get("total").asInt()).as("actor=_YR").isZero();
    assertThat(items(getJson("/api/v1/quotes?actor=%25"))).isEmpty();
  }

  @Test
  void eventsArePagedWithTheirTotal() {
    JsonNode all = getJson("/api/v1/events?limit=500");
    List<String> ids = texts(items(all), "id");
    JsonNode page = getJson("/api/v1/events?limit=3&offset=3");
    assertThat(texts(items(page), "id")).containsExactlyElementsOf(ids.subList(3, 6));
    assertThat(page.get("total").asInt()).isEqualTo(ids.size()).isEqualTo(all.get("total").asInt());
    assertThat(getJson("/api/v1/events?limit=3&offset=1000").get("items")).isEmpty();
  }

  @Test
  void oneEventHasItsMentionsAndArticles() {
    JsonNode first = items(getJson("/api/v1/events?dyad=SYRGOV:HAMAS&cameo=173")).get(0);
    JsonNode e = getJson("/api/v1/events/" + first.get("id").asText());
    assertThat(e.get("label").asText()).startsWith("Arrest");
    assertThat(e.get("articles").get(0).get("name").asText()).isEqualTo("syria-hamas");
    assertThat(e.get("num_articles").asInt()).isEqualTo(1);
  }

  @Test
  void quotesAreFilteredBySpeakerAndArticle() {
    assertThat(getJson("/api/v1/quotes").get("total").asInt()).isEqualTo(3);
    List<JsonNode> hamas = items(getJson("/api/v1/quotes?actor=HAMAS"));
    assertThat(hamas).singleElement().satisfies(q -> assertThat(q.get("text").asText()).startsWith("We call on Damascus"));
    long kenya = articleId("kenya-ethiopia");
    assertThat(items(getJson("/api/v1/quotes?article=" + kenya))).singleElement()
        .satisfies(q -> assertThat(q.get("speaker").get("name").asText()).isEqualTo("William Ruto"));
  }

  @Test
  void aDyadIsATimelineByMonthOrYearWithTheEventsBehindEachPoint() {
    JsonNode months = getJson("/api/v1/dyads/SYRGOV/HAMAS?by=month&top=10");
    JsonNode dec = months.get("periods").get(0);
    assertThat(dec.get("period").asText()).isEqualTo("2024-12");
    int events = dec.get("events").asInt();
    int sum = 0;
    for (int q = 1; q <= 4; q++) {
      sum += dec.get("quad_classes").get(String.valueOf(q)).asInt();
    }
    assertThat(sum).isEqualTo(events);
    assertThat(dec.get("top")).hasSize(events);
    JsonNode years = getJson("/api/v1/dyads/hamas/syrgov?by=year");
    assertThat(years.get("periods").get(0).get("period").asText()).isEqualTo("2024");
    assertThat(years.get("by").asText()).isEqualTo("year");
    assertThat(getJson("/api/v1/dyads/KENGOV/HAMAS").get("periods")).isEmpty();
  }

  @Test
  void aDyadsTimelineKeepsToTheDaysAsked() {
    JsonNode all = getJson("/api/v1/dyads/SYRGOV/HAMAS?top=10");
    JsonNode thatDay = getJson("/api/v1/dyads/SYRGOV/HAMAS?top=10&from=2024-12-08&to=2024-12-08");
    assertThat(thatDay.get("from").asText()).isEqualTo("2024-12-08");
    assertThat(thatDay.get("periods").get(0).get("events").asInt()).isPositive()
        .isEqualTo(all.get("periods").get(0).get("events").asInt());
    assertThat(getJson("/api/v1/dyads/SYRGOV/HAMAS?to=2024-12-07").get("periods")).isEmpty();
    assertThat(getJson("/api/v1/dyads/SYRGOV/HAMAS?from=2024-12-09").get("periods")).isEmpty();
    assertThat(all.get("from").isNull()).isTrue();
  }

  @Test
  void theNetworkHasWeightedNodesAndEdgesWithCooperationAndConflict() {
    JsonNode net = getJson("/api/v1/network");
    assertThat(texts(StreamSupport.stream(net.get("nodes").spliterator(), false).map(n -> n.get("actor")).toList(), "id"))
        .contains("hamas", "SYRGOV", "KENGOV", "ETHGOV");
    JsonNode kenyaEthiopia = edge(net, "ETHGOV", "KENGOV");
    assertThat(kenyaEthiopia.get("cooperation").asInt()).isEqualTo(kenyaEthiopia.get("events").asInt());
    assertThat(kenyaEthiopia.get("goldstein_mean").asDouble()).isPositive();
    JsonNode quads = kenyaEthiopia.get("quad_classes");
    assertThat(quads.get("1").asInt() + quads.get("2").asInt()).isEqualTo(kenyaEthiopia.get("cooperation").asInt());
    assertThat(quads.get("3").asInt() + quads.get("4").asInt()).isZero();
    assertThat(edge(net, "SYRGOV", "hamas").get("conflict").asInt()).isPositive();
    JsonNode conflict = getJson("/api/v1/network?quad=3,4");
    assertThat(conflict.get("edges")).isNotEmpty().allMatch(e -> e.get("cooperation").asInt() == 0);
    JsonNode march = getJson("/api/v1/network?from=2025-03-01&to=2025-03-31");
    // March holds the Kenya article only: the two states, and the African Union that mediated their talks
    assertThat(StreamSupport.stream(march.get("edges").spliterator(), false).map(e -> e.get("a").asText() + "/" + e.get("b").asText()))
        .containsExactlyInAnyOrder("ETHGOV/KENGOV", "ETHGOV/african-union", "KENGOV/african-union");
    assertThat(getJson("/api/v1/network?nodes=2").get("nodes")).hasSize(2);
  }

  private static JsonNode edge(JsonNode net, String a, String b) {
    return StreamSupport.stream(net.get("edges").spliterator(), false)
        .filter(e -> e.get("a").asText().equals(a) && e.get("b").asText().equals(b)).findFirst().orElseThrow();
  }

  @Test
  void searchFindsActorsByWholeWordsOfNameOrAliasAndArticlesByTitleOrText() {
    JsonNode byAlias = getJson("/api/v1/search?q=syrian%20government");
    assertThat(texts(StreamSupport.stream(byAlias.get("actors").spliterator(), false).toList(), "id")).containsExactly("SYRGOV");
    JsonNode byTitle = getJson("/api/v1/search?q=BORDER");
    assertThat(texts(StreamSupport.stream(byTitle.get("articles").spliterator(), false).toList(), "name"))
        .containsExactly("kenya-ethiopia");
    // Only in the texts: "offered to mediate" (Gaza) and "mediated by the African Union" (Kenya).
    JsonNode byText = getJson("/api/v1/search?q=Mediate");
    assertThat(texts(StreamSupport.stream(byText.get("articles").spliterator(), false).toList(), "name"))
        .containsExactly("kenya-ethiopia", "gaza");
    // Inside "Syrian", "Palestinian", "Ethiopian", never at a word's start.
    JsonNode inside = getJson("/api/v1/search?q=ian");
    assertThat(inside.get("actors")).isEmpty();
    assertThat(inside.get("articles")).isEmpty();
    assertThat(getJson("/api/v1/search?q=zzzz").get("actors")).isEmpty();
  }

  @Test
  void whatDoesNotExistIsA404WithAJsonError() {
    for (String path : List.of("/api/v1/articles/9999", "/api/v1/events/9999", "/api/v1/actors/nobody", "/api/v1/nothing-here")) {
      HttpResponse<String> r = get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(404);
      assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
      JsonNode error = json(r).get("error");
      assertThat(error.get("status").asInt()).isEqualTo(404);
      assertThat(error.get("message").asText()).isNotBlank();
    }
    assertThat(json(get("/api/v1/articles/9999")).get("error").get("message").asText()).isEqualTo("no article 9999");
  }

  @Test
  void badParametersAreA400NamingTheParameterAndValue() {
    List<String[]> cases = new ArrayList<>();
    cases.add(new String[] {"/api/v1/events?quad=7", "quad must be 1..4, got 7"});
    cases.add(new String[] {"/api/v1/events?from=yesterday", "from must be a date YYYY-MM-DD, got 'yesterday'"});
    cases.add(new String[] {"/api/v1/events?limit=0", "limit must be 1..500, got 0"});
    cases.add(new String[] {"/api/v1/events?limit=abc", "limit must be an integer, got 'abc'"});
    cases.add(new String[] {"/api/v1/events?sort=random", "sort must be one of articles, date, goldstein, got 'random'"});
    cases.add(new String[] {"/api/v1/events?dyad=HAMAS", "dyad must be A:B, got 'HAMAS'"});
    cases.add(new String[] {"/api/v1/events?negated=maybe", "negated must be true or false, got 'maybe'"});
    cases.add(new String[] {"/api/v1/events?cameo=1x", "CAMEO code must be 2 to 4 digits, got '1x'"});
    cases.add(new String[] {"/api/v1/events?certainty=sure", "certainty must be one of alleged, asserted, hypothetical, got 'sure'"});
    cases.add(new String[] {"/api/v1/articles/abc", "id must be a numeric id, got 'abc'"});
    cases.add(new String[] {"/api/v1/articles?offset=-1", "offset must be 0..2147483647, got -1"});
    cases.add(new String[] {"/api/v1/network?quad=5", "quad must be quad classes 1..4 separated by commas, got '5'"});
    cases.add(new String[] {"/api/v1/network?from=2025-02-01&to=2025-01-01", "from must not be after to, got 2025-02-01 and 2025-01-01"});
    cases.add(new String[] {"/api/v1/dyads/A/B?by=week", "by must be one of month, year, got 'week'"});
    cases.add(new String[] {"/api/v1/dyads/A/B?from=2025-02-01&to=2025-01-01", "from must not be after to, got 2025-02-01 and 2025-01-01"});
    cases.add(new String[] {"/api/v1/dyads/A/B?to=soon", "to must be a date YYYY-MM-DD, got 'soon'"});
    cases.add(new String[] {"/api/v1/search", "q is required: the words to look for in actor names and aliases and in article titles and texts"});
    for (String[] c : cases) {
      HttpResponse<String> r = get(c[0]);
      assertThat(r.statusCode()).as(c[0]).isEqualTo(400);
      assertThat(json(r).get("error").get("message").asText()).as(c[0]).isEqualTo(c[1]);
    }
  }
}
