package org.dyad.sources;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.dyad.input.ArticleReader;
import org.dyad.input.ContentHash;
import org.dyad.input.Metadata;
import org.dyad.input.SourceDocument;
import org.dyad.json.AnalysisJson;
import org.dyad.model.Problem;

/**
 * The JSON Lines article format: one object per line, {@code {"id","title","date","url","text"}} or
 * {@code "html"} instead of {@code "text"}; every field but the content may be missing or null. A line
 * that is not such an object (not JSON, more than one value, a field that is not a string, both
 * {@code text} and {@code html}) becomes a document with a MALFORMED problem, so a batch reports it
 * and goes on. An {@code id} may also be an integer.
 */
public final class JsonLines {
  private static final List<String> STRING_FIELDS = List.of("title", "date", "url", "text", "html");
  private static final ObjectReader READER = AnalysisJson.mapper().readerFor(JsonNode.class)
      .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JsonLines() {}

  /** The article of one line; {@code lineNumber} (from 1) goes into the messages and the id of a bad line. */
  public static SourceDocument parse(ArticleReader reader, String line, int lineNumber) {
    if (reader == null || line == null) {
      throw new IllegalArgumentException("reader and line must not be null");
    }
    JsonNode node;
    try {
      node = READER.readValue(line);
    } catch (JsonProcessingException e) {
      return malformed(line, lineNumber, "line " + lineNumber + " is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      return malformed(line, lineNumber, "line " + lineNumber + " cannot be read: " + e.getMessage());
    }
    if (node == null || !node.isObject()) {
      return malformed(line, lineNumber, "line " + lineNumber + " is not a JSON object");
    }
    String wrongType = wrongType(node);
    if (wrongType != null) {
      return malformed(line, lineNumber, "line " + lineNumber + ": " + wrongType);
    }
    if (text(node, "html") != null && text(node, "text") != null) {
      return malformed(line, lineNumber, "line " + lineNumber + " has both \"text\" and \"html\"; give one of them");
    }
    String date = text(node, "date");
    LocalDate day;
    try {
      day = date == null ? null : LocalDate.parse(date.substring(0, Math.min(10, date.length())));
    } catch (DateTimeParseException e) {
      return malformed(line, lineNumber, "line " + lineNumber + ": date must be YYYY-MM-DD, got '" + date + "'");
    }
    Metadata hints = new Metadata(text(node, "id"), text(node, "title"), day, text(node, "url"));
    if (text(node, "html") != null) {
      return reader.fromHtml(text(node, "html"), hints);
    }
    if (text(node, "text") != null) {
      return reader.fromText(text(node, "text"), hints);
    }
    return malformed(line, lineNumber, "line " + lineNumber + " has neither \"text\" nor \"html\"");
  }

  /** What is wrong with the type of a known field ("\"text\" must be a string, got a number: 12345"), or null. */
  private static String wrongType(JsonNode node) {
    JsonNode id = node.get("id");
    if (id != null && !id.isNull() && !id.isTextual() && !id.isIntegralNumber()) {
      return "\"id\" must be a string or an integer, got " + describe(id);
    }
    for (String field : STRING_FIELDS) {
      JsonNode v = node.get(field);
      if (v != null && !v.isNull() && !v.isTextual()) {
        return "\"" + field + "\" must be a string, got " + describe(v);
      }
    }
    return null;
  }

  private static String describe(JsonNode v) {
    String shown = v.toString();
    shown = shown.length() > 40 ? shown.substring(0, 40) + "..." : shown;
    return "a" + (v.isObject() || v.isArray() ? "n " : " ") + v.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + ": " + shown;
  }

  /** A MALFORMED document for a line that holds no article. */
  static SourceDocument malformed(String line, int lineNumber, String message) {
    return failed(ContentHash.of(line), lineNumber, Problem.Kind.MALFORMED, message);
  }

  /** Failed lines are known by their number and the first 8 hex characters of their hash. */
  static SourceDocument failed(String lineHash, int lineNumber, Problem.Kind kind, String message) {
    String id = "line-" + lineNumber + "-" + lineHash.substring(0, 8);
    return new SourceDocument(id, null, null, null, SourceDocument.Format.TEXT, "", List.of(Problem.of(kind, message)));
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
