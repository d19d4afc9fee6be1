package org.dyad.sources;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import org.dyad.input.ContentHash;
import org.dyad.input.Metadata;
import org.dyad.input.SourceDocument;
import org.dyad.model.Problem;

/** Documents that stand for inputs which could not be read: empty text, one fatal problem. */
final class Failures {
  private Failures() {}

  /** A failed document; its id is the given one, else the hash of {@code key} (a record id, a URL, an origin). */
  static SourceDocument document(String key, Metadata meta, Problem.Kind kind, String message) {
    String id = meta.id() != null ? meta.id() : ContentHash.id(key);
    return new SourceDocument(id, meta.title(), meta.date(), meta.url(), SourceDocument.Format.TEXT, "",
        List.of(Problem.of(kind, message)));
  }

  /** A MALFORMED document for an input that could not be read at {@code origin}. */
  static SourceDocument unreadable(String origin, IOException e) {
    return document(origin, Metadata.NONE, Problem.Kind.MALFORMED, "cannot read " + origin + ": " + describe(e));
  }

  /** An I/O failure in words: "no such file", "permission denied", else the exception's own message. */
  static String describe(Exception e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof EOFException && e.getMessage() == null) {
      return "unexpected end of file";
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  /** {@code doc} with one more problem. */
  static SourceDocument withProblem(SourceDocument doc, Problem problem) {
    List<Problem> problems = new ArrayList<>(doc.problems());
    problems.add(problem);
    return new SourceDocument(doc.id(), doc.title(), doc.date(), doc.url(), doc.format(), doc.text(), problems);
  }
}
