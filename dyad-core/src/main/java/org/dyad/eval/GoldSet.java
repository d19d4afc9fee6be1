package org.dyad.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.dyad.codebook.Codebook;
import org.dyad.json.AnalysisJson;

/**
 * Reads gold sets: JSON Lines of {@link GoldText}s with dyad's mapper. Strict, since a silent mistake
 * in gold skews every score: a malformed line, an unknown CAMEO code or a repeated id fails with a
 * {@link GoldFormatException} naming the source and line. Blank lines are skipped.
 */
public final class GoldSet {
  private static final ObjectReader READER = reader();

  private GoldSet() {}

  /** Every gold text of {@code in}; {@code source} names it in error messages ("eval/dev.jsonl"). */
  public static List<GoldText> read(Reader in, String source) throws IOException {
    List<GoldText> texts = new ArrayList<>();
    Map<String, Integer> lineOfId = new HashMap<>();
    BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      if (number == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        continue;
      }
      GoldText text;
      try {
        text = parseLine(line);
      } catch (IllegalArgumentException e) {
        throw new GoldFormatException(source + ":" + number + ": " + e.getMessage());
      }
      Integer first = lineOfId.putIfAbsent(text.id(), number);
      if (first != null) {
        throw new GoldFormatException(source + ":" + number + ": id '" + text.id() + "' is already used on line " + first);
      }
      texts.add(text);
    }
    return texts;
  }

  /**
   * One gold line; an {@link IllegalArgumentException} says what is wrong with it and where in the
   * object ("events[1].cameo: ..."). Event codes must be in the bundled CAMEO codebook.
   */
  public static GoldText parseLine(String json) {
    GoldText text;
    try {
      text = READER.readValue(json);
    } catch (JsonMappingException e) {
      throw new IllegalArgumentException(describe(e), e);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (text == null) {
      throw new IllegalArgumentException("expected a JSON object, got null");
    }
    Codebook codebook = Codebook.load();
    for (int i = 0; i < text.events().size(); i++) {
      String cameo = text.events().get(i).cameo();
      if (codebook.get(cameo).isEmpty()) {
        throw new IllegalArgumentException("events[" + i + "].cameo: '" + cameo + "' is not a CAMEO 1.1b3 code");
      }
    }
    return text;
  }

  /** dyad's mapper, reading enums in any case ("alleged", as dyad writes them) and nothing after the object. */
  private static ObjectReader reader() {
    ObjectMapper mapper = AnalysisJson.mapper().copy();
    mapper.setConfig(mapper.getDeserializationConfig().with(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS));
    return mapper.readerFor(GoldText.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  private static String describe(JsonMappingException e) {
    String path = e.getPath().stream()
        .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining()).replaceFirst("^\\.", "");
    if (path.isEmpty() && e instanceof MismatchedInputException && e.getCause() == null) {
      return "expected a JSON object with id, date, text and events";
    }
    String where = path.isEmpty() ? "" : path + ": ";
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof IllegalArgumentException) {
        return where + t.getMessage();
      }
    }
    if (e instanceof InvalidFormatException f) {
      return where + "'" + f.getValue() + "' is not " + expected(f.getTargetType());
    }
    return where + e.getOriginalMessage();
  }

  private static String expected(Class<?> type) {
    if (type == LocalDate.class) {
      return "a date (YYYY-MM-DD)";
    }
    if (type.isEnum()) {
      return "one of " + Arrays.stream(type.getEnumConstants())
          .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
    if (type == Integer.class || type == int.class) {
      return "an integer";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    return "a " + type.getSimpleName();
  }
}
