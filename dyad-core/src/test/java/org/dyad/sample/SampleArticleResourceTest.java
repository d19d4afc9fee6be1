package org.dyad.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SampleArticleResourceTest {
  private static final String DIR = "/org/dyad/sample/";

  private static String resource(String name) throws IOException {
    try (InputStream in = SampleArticleResourceTest.class.getResourceAsStream(DIR + name)) {
      assertThat(in).as("classpath resource %s%s", DIR, name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void sampleArticleLoadsWithHeadlineDatelineAndCurlyQuotes() throws IOException {
    String text = resource("wire-report.txt");
    assertThat(text.lines().findFirst()).contains("Mali and Mauritania open U.N.-mediated talks after deadly border raid");
    assertThat(text).contains("GENEVA, March 4 (dyad wire) - ");
    assertThat(text).contains("“", "”", "no prisoners have been released", "reportedly executed", "Kouyaté");
    assertThat(text.split("\\s+")).hasSizeBetween(450, 600);
  }

  @Test
  void sampleMetaLoadsAndItsDateParses() throws IOException {
    JsonNode meta = new ObjectMapper().readTree(resource("wire-report.meta.json"));
    assertThat(meta.get("id").asText()).isEqualTo("sample-wire-report");
    assertThat(LocalDate.parse(meta.get("date").asText())).isEqualTo(LocalDate.of(2025, 3, 4));
    assertThat(meta.get("url").isNull()).isTrue();
    assertThat(resource("wire-report.txt").lines().findFirst()).contains(meta.get("title").asText());
  }
}
