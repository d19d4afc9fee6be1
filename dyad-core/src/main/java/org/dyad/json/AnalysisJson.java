package org.dyad.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.Locale;
import org.dyad.model.Analysis;
import org.dyad.model.DyadException;

/**
 * dyad's one JSON mapper: snake_case field names, ISO dates, enums in lowercase. The documents it
 * writes are the contract described in docs/output-format.md.
 */
public final class AnalysisJson {
  private static final ObjectMapper MAPPER = create();

  private AnalysisJson() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** One analysis as a single line of JSON (a JSON Lines record). */
  public static String toLine(Analysis analysis) {
    try {
      return MAPPER.writeValueAsString(analysis);
    } catch (JsonProcessingException e) {
      throw new DyadException("cannot write analysis of " + analysis.article().id() + " as JSON: " + e.getMessage(), e);
    }
  }

  /** One analysis as indented JSON. */
  public static String toPrettyJson(Analysis analysis) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(analysis);
    } catch (JsonProcessingException e) {
      throw new DyadException("cannot write analysis of " + analysis.article().id() + " as JSON: " + e.getMessage(), e);
    }
  }

  /** Adds the derived num_mentions and date_precision fields to events; the resolved place is their location. */
  abstract static class EventMixin {
    @com.fasterxml.jackson.annotation.JsonProperty("num_mentions")
    abstract int numMentions();

    @com.fasterxml.jackson.annotation.JsonProperty("date_precision")
    abstract org.dyad.model.DatePrecision datePrecision();

    /** The phrase that says where, as the coder found it; the place it names is {@code location}. */
    @com.fasterxml.jackson.annotation.JsonProperty("location_phrase")
    abstract String location();

    @com.fasterxml.jackson.annotation.JsonProperty("location")
    abstract org.dyad.model.Location place();
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static ObjectMapper create() {
    SimpleModule enums = new SimpleModule("dyad-enums");
    enums.addSerializer(Enum.class, new StdSerializer<Enum>(Enum.class) {
      @Override
      public void serialize(Enum value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(value.name().toLowerCase(Locale.ROOT));
      }
    });
    return new ObjectMapper()
        .addMixIn(org.dyad.model.Event.class, EventMixin.class)
        .registerModule(new JavaTimeModule())
        .registerModule(enums)
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }
}
