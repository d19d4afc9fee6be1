package org.dyad.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.input.ArticleReader;
import org.dyad.sources.JsonLines;

/**
 * Articles from JSON Lines, one object per line: {@code {"id","title","date","url","text"}} or
 * {@code "html"} instead of {@code "text"}. A malformed line becomes an article with a MALFORMED
 * problem, so the batch reports it and goes on.
 */
final class JsonLinesSource {
  private JsonLinesSource() {}

  static List<ArticleSource> open(String file, ArticleReader reader) {
    List<ArticleSource> out = new ArrayList<>();
    try (BufferedReader r = file.equals("-")
        ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
        : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = r.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        String l = line;
        int n = number;
        out.add(() -> JsonLines.parse(reader, l, n));
      }
    } catch (NoSuchFileException e) {
      throw new ErrorHandler.UsageError("--jsonl " + file + ": no such file");
    } catch (CharacterCodingException e) {
      throw new ErrorHandler.UsageError("--jsonl " + file + ": not UTF-8 text (JSON Lines must be UTF-8)");
    } catch (IOException e) {
      throw new ErrorHandler.UsageError("--jsonl " + file + ": cannot read: " + e.getMessage());
    }
    return out;
  }
}
