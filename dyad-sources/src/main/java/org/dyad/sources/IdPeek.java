package org.dyad.sources;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import org.dyad.json.AnalysisJson;

/**
 * The top-level {@code id} of a JSON Lines record, read from its bytes with a streaming parser that
 * stops at the id, so that duplicate ids are found in line order before the lines are parsed in full
 * (in parallel, in any order). Null when the line has no string or integer id, or is no JSON object.
 */
final class IdPeek {
  private IdPeek() {}

  static String of(byte[] line) {
    try (JsonParser p = AnalysisJson.mapper().getFactory().createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (field.equals("id")) {
          return value == JsonToken.VALUE_STRING || value == JsonToken.VALUE_NUMBER_INT ? p.getText() : null;
        }
        p.skipChildren();
      }
      return null;
    } catch (IOException e) {
      return null; // not JSON: JsonLines.parse says so for the line
    }
  }
}
