package se.rjl.patientfees.finance.reprice;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a file as lines of bytes without decoding them: {@link #buf()}[{@link #start()}, {@link
 * #end()}) is the current line without its {@code \n} or {@code \r\n}. A visit file of millions of
 * lines is read through one buffer; only a line that needs it is decoded (by the caller).
 */
final class ByteLines {
  private final InputStream in;
  private byte[] buf = new byte[1 << 20];
  private int pos;
  private int limit;
  private boolean eof;
  private int start;
  private int end;
  private long line;

  ByteLines(InputStream in) {
    this.in = in;
  }

  /** Advances to the next line; false at the end of the file. */
  boolean next() throws IOException {
    while (true) {
      for (int i = pos; i < limit; i++) {
        if (buf[i] == '\n') {
          start = pos;
          end = i > pos && buf[i - 1] == '\r' ? i - 1 : i;
          pos = i + 1;
          line++;
          return true;
        }
      }
      if (eof) {
        if (pos < limit) {
          start = pos;
          end = buf[limit - 1] == '\r' ? limit - 1 : limit;
          pos = limit;
          line++;
          return true;
        }
        return false;
      }
      fill();
    }
  }

  private void fill() throws IOException {
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, limit - pos);
      limit -= pos;
      pos = 0;
    }
    if (limit == buf.length) {
      buf = Arrays.copyOf(buf, buf.length * 2);
    }
    int n = in.read(buf, limit, buf.length - limit);
    if (n < 0) {
      eof = true;
    } else {
      limit += n;
    }
  }

  /** Skips {@code n} bytes at the start of the current line (a byte-order mark). */
  void skipInLine(int n) {
    start += n;
  }

  byte[] buf() {
    return buf;
  }

  int start() {
    return start;
  }

  int end() {
    return end;
  }

  /** The current line's number, 1-based. */
  long line() {
    return line;
  }

  boolean isBlank() {
    for (int i = start; i < end; i++) {
      byte b = buf[i];
      if (b != ' ' && b != '\t') {
        return false;
      }
    }
    return true;
  }
}
