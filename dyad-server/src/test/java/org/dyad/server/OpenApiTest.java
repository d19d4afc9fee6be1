package org.dyad.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The OpenAPI document describes the routes the server has, Swagger UI and the WebJars are served. */
class OpenApiTest extends ServerTest {
  @Test
  void theDocumentListsEveryEndpointAndItsWriteNeedsTheToken() {
    JsonNode doc = getJson("/api/v1/openapi.json");
    assertThat(doc.get("openapi").asText()).startsWith("3.");
    List<String> paths = new ArrayList<>();
    doc.get("paths").fieldNames().forEachRemaining(paths::add);
    assertThat(paths).containsExactlyInAnyOrder("/api/v1/stats", "/api/v1/articles", "/api/v1/articles/{id}", "/api/v1/actors",
        "/api/v1/actors/{id}", "/api/v1/events", "/api/v1/events/export", "/api/v1/events/{id}", "/api/v1/stories",
        "/api/v1/stories/{id}", "/api/v1/quotes", "/api/v1/dyads/{a}/{b}", "/api/v1/network", "/api/v1/geo/countries", "/api/v1/geo/shapes",
        "/api/v1/search", "/api/v1/openapi.json");
    JsonNode post = doc.get("paths").get("/api/v1/articles").get("post");
    assertThat(post.get("security").get(0).has("bearer")).isTrue();
    assertThat(post.get("responses").fieldNames()).toIterable().contains("201", "401", "413");
    // The export takes the filters of /events, from the same parameter definitions.
    assertThat(doc.get("paths").get("/api/v1/events/export").get("get").get("parameters").toString())
        .contains("#/components/parameters/event_dyad").contains("#/components/parameters/event_negated");
    assertThat(doc.get("components").get("securitySchemes").get("bearer").get("scheme").asText()).isEqualTo("bearer");
  }

  @Test
  void everyDocumentedReadAnswersWithItsDocumentedStatus() {
    JsonNode doc = getJson("/api/v1/openapi.json");
    String[][] examples = {{"/api/v1/stats", "/api/v1/stats"}, {"/api/v1/articles", "/api/v1/articles"},
        {"/api/v1/articles/{id}", "/api/v1/articles/1"}, {"/api/v1/actors", "/api/v1/actors"},
        {"/api/v1/actors/{id}", "/api/v1/actors/hamas"}, {"/api/v1/events", "/api/v1/events"},
        {"/api/v1/events/export", "/api/v1/events/export?format=csv"}, {"/api/v1/events/{id}", "/api/v1/events/1"},
        {"/api/v1/stories", "/api/v1/stories"}, {"/api/v1/stories/{id}", "/api/v1/stories/1"}, {"/api/v1/quotes", "/api/v1/quotes"},
        {"/api/v1/dyads/{a}/{b}", "/api/v1/dyads/SYRGOV/HAMAS"}, {"/api/v1/network", "/api/v1/network"},
        {"/api/v1/geo/countries", "/api/v1/geo/countries?actor=SYR"},
        {"/api/v1/search", "/api/v1/search?q=syria"}, {"/api/v1/openapi.json", "/api/v1/openapi.json"}};
    for (String[] e : examples) {
      assertThat(doc.get("paths").get(e[0]).get("get").get("responses").has("200")).as(e[0]).isTrue();
      assertThat(get(e[1]).statusCode()).as(e[1]).isEqualTo(200);
    }
  }

  @Test
  void swaggerUiAndTheWebJarsAreServed() {
    HttpResponse<String> page = get("/api/docs");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("/webjars/swagger-ui/5.17.14/swagger-ui-bundle.js").contains("/js/swagger-init.js");
    assertThat(get("/webjars/swagger-ui/5.17.14/swagger-ui-bundle.js").statusCode()).isEqualTo(200);
    assertThat(get("/webjars/echarts/5.3.1/dist/echarts.min.js").statusCode()).isEqualTo(200);
    assertThat(get("/").body()).contains("<title>Overview · dyad</title>");
  }
}
