package org.dyad.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.dyad.json.AnalysisJson;
import org.junit.jupiter.api.Test;

/**
 * POST /api/v1/articles and the server's defences: the token, the size limit, bad bodies, and
 * markup in an article's text, which comes back as text.
 */
class WriteApiTest extends ServerTest {
  private static String article(String id, String text) {
    ObjectNode n = AnalysisJson.mapper().createObjectNode();
    n.put("id", id).put("title", "Posted " + id).put("date", "2025-04-01").put("text", text);
    return n.toString();
  }

  private static final String EGYPT = "CAIRO, April 1 - Egypt and Jordan agreed on Tuesday to hold talks on water sharing, "
      + "officials said. The two governments signed a memorandum of understanding in Cairo.";

  @Test
  void aWriteWithoutTheTokenIsRefusedWith401() {
    var before = store.counts().articles();
    HttpResponse<String> none = post("/api/v1/articles", article("no-token", EGYPT), null);
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    assertThat(json(none).get("error").get("message").asText()).contains("Authorization: Bearer");
    HttpResponse<String> wrong = post("/api/v1/articles", article("wrong-token", EGYPT), "not-the-token-at-all");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(json(wrong).get("error").get("status").asInt()).isEqualTo(401);
    HttpResponse<String> basic = send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/articles"))
        .header("Authorization", "Basic " + TOKEN).POST(HttpRequest.BodyPublishers.ofString(article("basic", EGYPT))).build());
    assertThat(basic.statusCode()).isEqualTo(401);
    assertThat(store.counts().articles()).isEqualTo(before);
  }

  @Test
  void aPostedArticleIsAnalysedStoredAndThenKnown() {
    HttpResponse<String> created = post("/api/v1/articles", article("egypt-jordan", EGYPT), TOKEN);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode body = json(created);
    assertThat(body.get("saved").get("status").asText()).isEqualTo("new");
    assertThat(body.get("saved").get("new_events").asInt()).isPositive();
    String location = created.headers().firstValue("Location").orElseThrow();
    assertThat(location).isEqualTo(body.get("location").asText()).startsWith("/api/v1/articles/");
    JsonNode stored = getJson(location);
    assertThat(stored.get("text").asText()).isEqualTo(EGYPT);
    assertThat(stored.get("article").get("name").asText()).isEqualTo("egypt-jordan");
    HttpResponse<String> again = post("/api/v1/articles", article("egypt-jordan", EGYPT), TOKEN);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(json(again).get("saved").get("status").asText()).isEqualTo("known");
    assertThat(json(again).get("location").asText()).isEqualTo(location);
  }

  @Test
  void anArticleHoldingAScriptComesBackAsText() {
    String text = "AMMAN, April 2 - Jordan criticized Israel on Wednesday, officials said. "
        + "<script>alert('dyad')</script> The statement was posted on a ministry page. Jordan urged talks.";
    HttpResponse<String> created = post("/api/v1/articles", article("script-post", text), TOKEN);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    HttpResponse<String> r = get(json(created).get("location").asText());
    assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
    assertThat(json(r).get("text").asText()).isEqualTo(text).contains("<script>alert('dyad')</script>");
    assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
  }

  @Test
  void pagesForbidScriptsFromAnywhereButTheServer() {
    HttpResponse<String> page = get("/article.html");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString()
        .contains("script-src 'self'").doesNotContain("unsafe-eval");
  }

  @Test
  void anOversizedBodyIsRefusedWith413() {
    int max = server.config().maxBodyBytes();
    String big = article("big", EGYPT + " " + "word ".repeat(max / 5));
    HttpResponse<String> declared = post("/api/v1/articles", big, TOKEN);
    assertThat(declared.statusCode()).isEqualTo(413);
    assertThat(json(declared).get("error").get("message").asText()).contains("at most " + max + " bytes");
    // Without a declared length (chunked), the server stops reading at the limit.
    HttpResponse<String> chunked = send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/articles"))
        .header("Authorization", "Bearer " + TOKEN)
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes()))).build());
    assertThat(chunked.statusCode()).isEqualTo(413);
    // No token: refused before the body is read.
    assertThat(post("/api/v1/articles", big, null).statusCode()).isEqualTo(401);
  }

  @Test
  void aBodyThatIsNoArticleIsA400AndAnArticleThatCannotBeAnalysedA422() {
    HttpResponse<String> notJson = post("/api/v1/articles", "{\"text\": ", TOKEN);
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(json(notJson).get("error").get("message").asText()).startsWith("the body is not valid JSON");
    HttpResponse<String> noText = post("/api/v1/articles", "{\"id\": \"x\"}", TOKEN);
    assertThat(noText.statusCode()).isEqualTo(400);
    assertThat(json(noText).get("error").get("message").asText()).isEqualTo("the body has neither \"text\" nor \"html\"");
    HttpResponse<String> badDate = post("/api/v1/articles", "{\"date\": \"soon\", \"text\": \"x\"}", TOKEN);
    assertThat(badDate.statusCode()).isEqualTo(400);
    assertThat(json(badDate).get("error").get("message").asText()).isEqualTo("date must be YYYY-MM-DD, got 'soon'");
    HttpResponse<String> french = post("/api/v1/articles", article("fr", "Le gouvernement français a annoncé mardi une nouvelle"
        + " série de mesures pour soutenir les agriculteurs, après plusieurs semaines de manifestations dans tout le pays."), TOKEN);
    assertThat(french.statusCode()).isEqualTo(422);
    assertThat(json(french).get("error").get("status").asInt()).isEqualTo(422);
  }

  private static String errorOf(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    return json(r).get("error").get("message").asText();
  }

  @Test
  void aBodyOfTheWrongShapeIsA400NamingWhatIsWrong() {
    var before = store.counts().articles();

    assertThat(errorOf(post("/api/v1/articles", "{\"text\": 12345}", TOKEN)))
        .isEqualTo("\"text\" must be a string, got a number: 12345");
    assertThat(errorOf(post("/api/v1/articles", "{\"text\": \"Troops withdrew.\", \"html\": \"<p>Troops withdrew.</p>\"}", TOKEN)))
        .isEqualTo("the body has both \"text\" and \"html\"; give one of them");
    assertThat(errorOf(post("/api/v1/articles", article("trailing", "Kenya and Ethiopia met on Monday.") + " {\"more\": 1}", TOKEN)))
        .startsWith("the body is not valid JSON").containsIgnoringCase("trailing");
    assertThat(store.counts().articles()).as("nothing stored").isEqualTo(before);
  }

  @Test
  void aBodyThatIsNotUtf8IsA400AndNothingIsStored() {
    var before = store.counts().articles();
    byte[] latin1 = "{\"text\": \"Caf\u00e9 owners in Paris protested on Monday against the new tax.\"}"
        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/articles"))
        .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
        .POST(HttpRequest.BodyPublishers.ofByteArray(latin1)).build());

    assertThat(errorOf(r)).startsWith("the body is not UTF-8 text (invalid bytes near byte ");
    assertThat(store.counts().articles()).isEqualTo(before);
  }

  @Test
  void randomBodiesGetAnAnswerInTheApisContractNeverA500() {
    String[] bodies = {article("fuzz", "Kenya and Ethiopia agreed on Monday to reopen their border, officials said."),
        "{\"text\": [1, 2]}", "{\"html\": \"<p>Rebels withdrew from the town on Sunday.</p>\", \"date\": \"2024-13-45\"}", "[]", "null"};
    java.util.Random r = new java.util.Random(15);
    for (int i = 0; i < 60; i++) {
      byte[] body = bodies[r.nextInt(bodies.length)].getBytes(java.nio.charset.StandardCharsets.UTF_8);
      switch (r.nextInt(3)) {
        case 0 -> body = java.util.Arrays.copyOf(body, r.nextInt(body.length + 1));
        case 1 -> body[r.nextInt(body.length)] = (byte) r.nextInt(256);
        default -> { }
      }
      HttpResponse<String> res = send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/articles"))
          .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
          .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
      assertThat(res.statusCode()).as(new String(body, java.nio.charset.StandardCharsets.ISO_8859_1) + " -> " + res.body())
          .isIn(200, 201, 400, 422);
      assertThat(json(res).has(res.statusCode() < 300 ? "saved" : "error")).isTrue();
    }
  }

  @Test
  void readsNeedNoTokenAndOtherMethodsAreRefused() {
    assertThat(get("/api/v1/articles").statusCode()).isEqualTo(200);
    HttpResponse<String> delete = send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/articles/1")).DELETE().build());
    assertThat(delete.statusCode()).isEqualTo(401);
    HttpResponse<String> deleteWithToken = send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/articles/1"))
        .header("Authorization", "Bearer " + TOKEN).DELETE().build());
    assertThat(deleteWithToken.statusCode()).isIn(404, 405);
    assertThat(json(deleteWithToken).get("error")).isNotNull();
  }
}
