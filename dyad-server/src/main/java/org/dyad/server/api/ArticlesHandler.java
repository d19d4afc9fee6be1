package org.dyad.server.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.dyad.input.ArticleReader;
import org.dyad.input.ReaderLimits;
import org.dyad.input.SourceDocument;
import org.dyad.model.Problem;
import org.dyad.pipeline.Analyzer;
import org.dyad.sources.JsonLines;
import org.dyad.store.ArticleIngest;
import org.dyad.store.Ingested;
import org.dyad.store.Saved;
import org.dyad.store.Store;
import org.dyad.store.export.EventJson;

/**
 * {@code GET /articles} (newest first, paginated), {@code GET /articles/{id}} (the original text with
 * its actors and their spans, events with every mention, quotes) and {@code POST /articles}, which
 * reads, analyses and stores one article given as {@code {"id","title","date","url","text"|"html"}}.
 * A body over the size limit is a 413, an article that cannot be analysed (empty, not English) a 422.
 */
public final class ArticlesHandler {
  private final Store store;
  private final ArticleIngest ingest;
  private final ArticleReader reader;
  private final int maxBodyBytes;

  public ArticlesHandler(Store store, Supplier<Analyzer> analyzer, int maxBodyBytes) {
    this.store = store;
    this.ingest = new ArticleIngest(store, analyzer);
    this.reader = new ArticleReader(new ReaderLimits(maxBodyBytes));
    this.maxBodyBytes = maxBodyBytes;
  }

  public void list(Context ctx) {
    Page.Request page = Params.page(ctx, 50, 500);
    ctx.json(Page.of(store.articles(page.limit(), page.offset()), page, store.counts().articles()));
  }

  public void one(Context ctx) {
    long id = Params.id(ctx, "id");
    var a = store.article(id).orElseThrow(() -> ApiError.notFound("no article " + id));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("article", a.article());
    out.put("text", a.text());
    out.put("actors", a.actors());
    out.put("events", a.events().stream().map(EventJson::of).toList());
    out.put("quotes", a.quotes());
    ctx.json(out);
  }

  public void create(Context ctx) {
    String body = utf8(body(ctx));
    SourceDocument doc = JsonLines.parse(reader, body, 1);
    Optional<Problem> fatal = doc.problems().stream().filter(p -> p.kind().fatal()).findFirst();
    if (fatal.isPresent()) {
      Problem p = fatal.get();
      String message = p.message().replaceFirst("^line 1: ", "").replaceFirst("^line 1 ", "the body ");
      throw new ApiError(p.kind() == Problem.Kind.MALFORMED ? 400 : p.kind() == Problem.Kind.TOO_LARGE ? 413 : 422, message);
    }
    Ingested result = ingest.ingest(doc);
    if (result instanceof Ingested.NotAnalysed n) {
      throw new ApiError(422, n.problem().message());
    }
    Ingested.Stored stored = (Ingested.Stored) result;
    respond(ctx, stored.saved().status() == Saved.Status.KNOWN ? 200 : 201, stored.saved(), stored.problems());
  }

  private static void respond(Context ctx, int status, Saved saved, List<Problem> problems) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("saved", saved);
    out.put("problems", problems);
    String location = "/api/v1/articles/" + saved.articleId();
    out.put("location", location);
    ctx.status(status).header("Location", location).json(out);
  }

  /** The body as text; bytes that are not UTF-8 are a 400, as the CLI refuses them, not U+FFFD stored. */
  private static String utf8(byte[] bytes) {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      return decoder.decode(in).toString();
    } catch (CharacterCodingException e) {
      throw ApiError.badRequest("the body is not UTF-8 text (invalid bytes near byte " + in.position()
          + "); send JSON in UTF-8");
    }
  }

  /** The request body, refused with 413 beyond the limit (by its declared length, or while reading). */
  private byte[] body(Context ctx) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > maxBodyBytes) {
      throw tooLarge(declared);
    }
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] bytes = in.readNBytes(maxBodyBytes + 1);
      if (bytes.length > maxBodyBytes) {
        throw tooLarge(-1);
      }
      return bytes;
    } catch (IOException e) {
      throw ApiError.badRequest("cannot read the request body: " + e.getMessage());
    }
  }

  private ApiError tooLarge(long declared) {
    return new ApiError(413, "request body too large: " + (declared >= 0 ? declared + " bytes" : "over the limit")
        + "; at most " + maxBodyBytes + " bytes are accepted");
  }
}
