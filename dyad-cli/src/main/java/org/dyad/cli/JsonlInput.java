package org.dyad.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.dyad.input.ArticleReader;
import org.dyad.sources.ArticleSource;
import org.dyad.sources.Sources;

/**
 * The articles of analyze's {@code --jsonl FILE} ('-' for standard input), streamed line by line by
 * dyad-sources' JSON Lines reader. A line that holds no article (not JSON, not UTF-8, no text) is
 * reported in its own document and the batch goes on; an input dyad cannot use at all is a usage
 * error (exit 2): a file that cannot be opened or read.
 */
final class JsonlInput {
  private JsonlInput() {}

  /** Opens the input and reads its first byte, so that a missing or unreadable file fails before any work. */
  static ArticleSource open(String file, ArticleReader reader) {
    PushbackInputStream in = new PushbackInputStream(
        new ReadFailureIsUsageError(file.equals("-") ? System.in : openFile(file), file));
    try {
      int first = in.read();
      if (first >= 0) {
        in.unread(first);
      }
    } catch (IOException e) {
      throw cannotRead(file, e);
    }
    return Sources.jsonLines(in, file, reader);
  }

  private static InputStream openFile(String file) {
    try {
      return Files.newInputStream(Path.of(file));
    } catch (NoSuchFileException e) {
      throw new ErrorHandler.UsageError("--jsonl " + file + ": no such file");
    } catch (IOException e) {
      throw cannotRead(file, e);
    }
  }

  private static ErrorHandler.UsageError cannotRead(String file, IOException e) {
    return new ErrorHandler.UsageError("--jsonl " + file + ": cannot read: " + e.getMessage());
  }

  /**
   * The input, whose read failures stop the run as usage errors naming the file. The JSON Lines reader
   * would make a failure one bad item and end the stream quietly; analyze refuses such an input whole.
   */
  private static final class ReadFailureIsUsageError extends FilterInputStream {
    private final String file;

    ReadFailureIsUsageError(InputStream in, String file) {
      super(in);
      this.file = file;
    }

    @Override
    public int read() {
      try {
        return super.read();
      } catch (IOException e) {
        throw cannotRead(file, e);
      }
    }

    @Override
    public int read(byte[] b, int off, int len) {
      try {
        return super.read(b, off, len);
      } catch (IOException e) {
        throw cannotRead(file, e);
      }
    }
  }
}
