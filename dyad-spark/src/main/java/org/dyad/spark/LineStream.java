package org.dyad.spark;

import java.io.InputStream;
import java.util.Iterator;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import scala.Tuple2;

/**
 * The lines of a Hadoop split as one byte stream, each line ended by {@code '\n'}, read as the
 * iterator gives them, so dyad-sources' JSON Lines reader reads a split as it reads a file. The
 * record reader reuses its {@link Text}, so each line's bytes are copied as it is reached.
 */
final class LineStream extends InputStream {
  private final Iterator<Tuple2<LongWritable, Text>> lines;
  private byte[] line = new byte[0];
  private int pos = 1; // past the end of the empty line and its '\n': the next read takes a line

  LineStream(Iterator<Tuple2<LongWritable, Text>> lines) {
    this.lines = lines;
  }

  @Override
  public int read() {
    if (!fill()) {
      return -1;
    }
    if (pos == line.length) {
      pos++;
      return '\n';
    }
    return line[pos++] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (len == 0) {
      return 0;
    }
    if (!fill()) {
      return -1;
    }
    if (pos == line.length) {
      pos++;
      b[off] = '\n';
      return 1;
    }
    int n = Math.min(len, line.length - pos);
    System.arraycopy(line, pos, b, off, n);
    pos += n;
    return n;
  }

  /** Whether bytes are left, taking the next line once this one and its '\n' are read. */
  private boolean fill() {
    if (pos <= line.length) {
      return true;
    }
    if (!lines.hasNext()) {
      return false;
    }
    line = lines.next()._2().copyBytes();
    pos = 0;
    return true;
  }
}
