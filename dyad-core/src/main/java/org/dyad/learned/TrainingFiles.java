package org.dyad.learned;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.dyad.codebook.Codebook;
import org.dyad.model.DyadException;

/**
 * Reads the training set: JSON Lines files ({@code train/*.jsonl}, read in name order), one labelled
 * text a line. A line that is not valid (no text, a code the codebook does not know, a trigger that is
 * not in its text, an id seen before) stops the read with its file and line: training on a silently
 * skipped example would make the committed head unreproducible.
 */
public final class TrainingFiles {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TrainingFiles() {}

  /** Every example of the {@code .jsonl} files in {@code dir} (or of one file). */
  public static List<TrainingExample> read(Path dirOrFile, Codebook codebook) {
    List<Path> files;
    if (Files.isDirectory(dirOrFile)) {
      try (Stream<Path> s = Files.list(dirOrFile)) {
        files = s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      files = List.of(dirOrFile);
    }
    if (files.isEmpty()) {
      throw new DyadException("no .jsonl training files in " + dirOrFile);
    }
    List<TrainingExample> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Path f : files) {
      readFile(f, codebook, ids, out);
    }
    return out;
  }

  private static void readFile(Path file, Codebook codebook, Set<String> ids, List<TrainingExample> out) {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        try {
          TrainingExample e = example(JSON.readTree(line), codebook);
          if (!ids.add(e.id())) {
            throw new DyadException("id '" + e.id() + "' seen before");
          }
          out.add(e);
        } catch (IOException | DyadException | IllegalArgumentException e) {
          throw new DyadException(file + ":" + n + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static TrainingExample example(JsonNode n, Codebook codebook) {
    String id = text(n, "id");
    String text = text(n, "text");
    String cameo = text(n, "cameo");
    String trigger = text(n, "trigger");
    if (id == null || text == null || text.isBlank()) {
      throw new DyadException("an example needs an id and a text");
    }
    if (cameo != null) {
      codebook.require(cameo);
    }
    if (trigger != null && !text.contains(trigger)) {
      throw new DyadException("trigger '" + trigger + "' is not in the text");
    }
    return new TrainingExample(id, text, cameo, trigger);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
