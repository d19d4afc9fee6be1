package org.dyad.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.dyad.input.SourceDocument.Format;
import org.dyad.model.Problem;

/**
 * The first pipeline stage: one article's bytes (or string) in, a {@link SourceDocument} out. Checks
 * size, binary content, encoding, emptiness and language; extracts the main text of HTML. Bad input
 * never throws: a fatal problem yields a document with empty text. Explicit hints win over the
 * page's metadata. Stateless and thread-safe.
 */
public final class ArticleReader {
  private final ReaderLimits limits;
  private final HtmlExtractor extractor = new HtmlExtractor();

  public ArticleReader() {
    this(ReaderLimits.DEFAULT);
  }

  public ArticleReader(ReaderLimits limits) {
    this.limits = Args.notNull(limits, "limits");
  }

  /** Reads a file; one larger than the limit is not loaded (its id hashes it as a stream). */
  public SourceDocument read(Path file, Metadata hints) throws IOException {
    Args.notNull(file, "file");
    Args.notNull(hints, "hints");
    Optional<Problem> tooLarge = ContentChecks.tooLarge(Files.size(file), limits);
    if (tooLarge.isPresent()) {
      try (InputStream in = Files.newInputStream(file)) {
        String hash = ContentHash.of(in);
        return failed(hints, () -> hash.substring(0, ContentHash.ID_LENGTH), Format.TEXT, List.of(), tooLarge.get());
      }
    }
    return read(Files.readAllBytes(file), hints);
  }

  /** Reads raw bytes: UTF-8, or UTF-16 with a byte order mark; HTML or plain text as detected. */
  public SourceDocument read(byte[] bytes, Metadata hints) {
    Args.notNull(bytes, "bytes");
    Args.notNull(hints, "hints");
    Supplier<String> rawId = () -> ContentHash.id(bytes);
    Optional<Problem> bad = ContentChecks.tooLarge(bytes.length, limits)
        .or(() -> ContentChecks.empty(bytes))
        .or(() -> BinarySniffer.sniff(bytes));
    if (bad.isPresent()) {
      return failed(hints, rawId, Format.TEXT, List.of(), bad.get());
    }
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
    if (decoded instanceof TextDecoder.Failed f) {
      return failed(hints, rawId, Format.TEXT, List.of(), f.problem());
    }
    String content = ((TextDecoder.Text) decoded).value();
    return build(content, FormatDetector.detect(content), hints, rawId);
  }

  /** Reads a plain text as is (a leading BOM is dropped): it becomes the original text. */
  public SourceDocument fromText(String text, Metadata hints) {
    return fromString(text, Format.TEXT, hints);
  }

  /** Reads an HTML page: its extracted main text becomes the original text. */
  public SourceDocument fromHtml(String html, Metadata hints) {
    return fromString(html, Format.HTML, hints);
  }

  private SourceDocument fromString(String input, Format format, Metadata hints) {
    Args.notNull(input, format == Format.HTML ? "html" : "text");
    Args.notNull(hints, "hints");
    Supplier<String> rawId = () -> ContentHash.id(input);
    String content = input.startsWith("\uFEFF") ? input.substring(1) : input;
    Optional<Problem> tooLarge = ContentChecks.tooLarge(ContentChecks.utf8Length(content), limits);
    if (tooLarge.isPresent()) {
      return failed(hints, rawId, format, List.of(), tooLarge.get());
    }
    return build(content, format, hints, rawId);
  }

  private SourceDocument build(String content, Format format, Metadata hints, Supplier<String> rawId) {
    Optional<Problem> bad = BinarySniffer.sniff(content).or(() -> ContentChecks.blank(content));
    if (bad.isPresent()) {
      return failed(hints, rawId, format, List.of(), bad.get());
    }
    List<Problem> problems = new ArrayList<>();
    Metadata meta = hints;
    String text = content;
    if (format == Format.HTML) {
      HtmlExtraction page = extractor.extract(content);
      page.cleaned().ifPresent(problems::add);
      meta = hints.orElse(page.page());
      text = page.text();
      if (text.isBlank()) {
        return failed(meta, rawId, format, problems, Problem.of(Problem.Kind.EMPTY, "HTML page has no extractable text"));
      }
    }
    Optional<String> notEnglish = LanguageGuess.of(text).notEnglishBecause();
    if (notEnglish.isPresent()) {
      return failed(meta, rawId, format, problems, Problem.of(Problem.Kind.NOT_ENGLISH, notEnglish.get()));
    }
    if (meta.date() == null) {
      problems.add(Problem.of(Problem.Kind.MISSING_METADATA, format == Format.HTML
          ? "no publication date: none given and none found in the page"
          : "no publication date given"));
    }
    String id = meta.id() != null ? meta.id() : ContentHash.id(text);
    return new SourceDocument(id, meta.title(), meta.date(), meta.url(), format, text, problems);
  }

  /** A document stopped by a fatal problem: empty text, id from the hints or the raw input. */
  private static SourceDocument failed(
      Metadata meta, Supplier<String> rawId, Format format, List<Problem> before, Problem fatal) {
    List<Problem> problems = new ArrayList<>(before);
    problems.add(fatal);
    String id = meta.id() != null ? meta.id() : rawId.get();
    return new SourceDocument(id, meta.title(), meta.date(), meta.url(), format, "", problems);
  }
}
