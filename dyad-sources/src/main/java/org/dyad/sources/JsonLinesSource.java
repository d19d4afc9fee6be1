package org.dyad.sources;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.dyad.input.ArticleReader;
import org.dyad.input.ContentHash;
import org.dyad.input.SourceDocument;
import org.dyad.model.Problem;

/**
 * The articles of a JSON Lines stream, read line by line: the iterator reads a line's bytes, the
 * item decodes it (strict UTF-8) and parses it with {@link JsonLines#parse}, so a line that is not
 * UTF-8 is one INVALID_ENCODING item and the stream goes on. Blank lines are passed over; a line
 * longer than {@value #MAX_LINE_BYTES} bytes is not kept but reported TOO_LARGE. An I/O error ends the
 * stream with one MALFORMED item. A line whose {@code id} an earlier line already gave is analysed
 * with a DUPLICATE_ID note naming that line (ids are read in order, as the lines are).
 */
final class JsonLinesSource extends SingleUseSource {
  static final int MAX_LINE_BYTES = 64 * 1024 * 1024;

  /** Opens the stream when the iteration starts. */
  interface Opener {
    InputStream open() throws IOException;
  }

  private final Opener opener;
  private final String name;
  private final ArticleReader reader;
  private InputStream in;
  private ByteLines lines;
  private volatile boolean closed;
  /** The first line that gave each id; written by the iterator only, which reads the lines in order. */
  private final Map<String, Integer> firstLineOfId = new HashMap<>();

  JsonLinesSource(Opener opener, String name, ArticleReader reader) {
    this.opener = opener;
    this.name = name;
    this.reader = reader;
  }

  static JsonLinesSource of(Path file, ArticleReader reader) {
    return new JsonLinesSource(() -> Files.newInputStream(file), file.toString(), reader);
  }

  @Override
  Iterator<SourceItem> items() {
    return new LazyIterator<>() {
      private int number;
      private boolean done;

      @Override
      protected SourceItem advance() {
        if (done || closed) {
          return null;
        }
        try {
          if (lines == null) {
            in = opener.open();
            lines = new ByteLines(in);
          }
          while (true) {
            Line line = lines.next();
            if (line == null) {
              done = true;
              close();
              return null;
            }
            number++;
            if (line.tooLong()) {
              return tooLong(number, line.bytes());
            }
            if (!isBlank(line.bytes())) {
              return item(number, number == 1 ? withoutBom(line.bytes()) : line.bytes());
            }
          }
        } catch (IOException e) {
          done = true;
          close();
          String origin = number == 0 ? name : name + ":" + (number + 1);
          return SourceItem.of(origin, Failures.unreadable(origin, e));
        }
      }
    };
  }

  private SourceItem item(int number, byte[] bytes) {
    String id = IdPeek.of(bytes);
    Integer earlier = id == null ? null : firstLineOfId.putIfAbsent(id, number);
    if (earlier == null) {
      return new SourceItem(name + ":" + number, () -> decode(number, bytes));
    }
    Problem duplicate = Problem.of(Problem.Kind.DUPLICATE_ID, "line " + number + ": id '" + id
        + "' was already given on line " + earlier + "; both lines are analysed, the id names two articles");
    return new SourceItem(name + ":" + number, () -> Failures.withProblem(decode(number, bytes), duplicate));
  }

  private SourceDocument decode(int number, byte[] bytes) {
    String line;
    try {
      line = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return JsonLines.failed(ContentHash.of(bytes), number, Problem.Kind.INVALID_ENCODING,
          "line " + number + " is not UTF-8 text (JSON Lines must be UTF-8)");
    }
    return JsonLines.parse(reader, line, number);
  }

  private SourceItem tooLong(int number, byte[] head) {
    String message = "line " + number + " is longer than " + MAX_LINE_BYTES + " bytes; not read";
    return SourceItem.of(name + ":" + number,
        JsonLines.failed(ContentHash.of(head), number, Problem.Kind.TOO_LARGE, message));
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (in != null) {
      try {
        in.close();
      } catch (IOException e) {
        // Closing a file we only read loses nothing.
      }
      in = null;
    }
  }

  /** A line's bytes without its end; when too long, only its first bytes. */
  private record Line(byte[] bytes, boolean tooLong) {}

  /** Splits a byte stream at '\n' (a '\r' before it is dropped), keeping at most {@value #MAX_LINE_BYTES} bytes of a line. */
  private static final class ByteLines {
    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int pos;
    private int limit;

    ByteLines(InputStream in) {
      this.in = in;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      long length = 0;
      while (true) {
        if (pos == limit) {
          limit = in.read(buffer, 0, buffer.length);
          pos = 0;
          if (limit <= 0) {
            limit = 0;
            return length == 0 ? null : line(out, length);
          }
        }
        int start = pos;
        while (pos < limit && buffer[pos] != '\n') {
          pos++;
        }
        int keep = (int) Math.min(pos - start, Math.max(0, MAX_LINE_BYTES - length));
        out.write(buffer, start, keep);
        length += pos - start;
        if (pos < limit) {
          pos++;
          return line(out, length);
        }
      }
    }

    private static Line line(ByteArrayOutputStream out, long length) {
      byte[] bytes = out.toByteArray();
      if (length > MAX_LINE_BYTES) {
        return new Line(bytes, true);
      }
      int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
      return new Line(end == bytes.length ? bytes : Arrays.copyOf(bytes, end), false);
    }
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  private static byte[] withoutBom(byte[] b) {
    boolean bom = b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF;
    return bom ? Arrays.copyOfRange(b, 3, b.length) : b;
  }
}
