package org.dyad.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.dyad.json.AnalysisJson;
import org.dyad.model.Analysis;
import org.dyad.report.TextReport;

/** Where and how analyses are written. */
final class Output {
  private Output() {}

  static PrintWriter open(Path file) throws IOException {
    if (file == null) {
      return new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false) {
        @Override
        public void close() {
          flush(); // never close System.out
        }
      };
    }
    try {
      return new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      throw new ErrorHandler.UsageError("-o " + file + ": no such directory");
    } catch (FileSystemException e) {
      throw new ErrorHandler.UsageError("-o " + file + ": cannot write: " + (e.getReason() != null ? e.getReason() : e.getMessage()));
    }
  }

  static String render(Analysis a, AnalyzeCommand.OutputFormat format, boolean pretty) {
    return switch (format) {
      case json -> pretty ? AnalysisJson.toPrettyJson(a) : AnalysisJson.toLine(a);
      case text -> TextReport.render(a);
    };
  }
}
