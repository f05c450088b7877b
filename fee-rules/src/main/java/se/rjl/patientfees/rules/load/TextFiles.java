package se.rjl.patientfees.rules.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads the project's text files (rulebooks, their parts, price lists) safely: a regular file only
 * (never a device, a pipe or a directory, which could block or never end), no larger than {@link
 * #MAX_BYTES}, checked before reading, and strict UTF-8. Stateless.
 */
public final class TextFiles {
  /** The largest file read: 16 MiB, far above the largest rulebook part (under 1 MiB). */
  public static final long MAX_BYTES = 16L << 20;

  private TextFiles() {}

  /**
   * The file's text.
   *
   * @throws IOException with a plain message when it is not a regular file, is too large, or is not UTF-8
   */
  public static String read(Path file) throws IOException {
    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
    if (!a.isRegularFile()) {
      throw new IOException(file + " is not a regular file");
    }
    if (a.size() > MAX_BYTES) {
      throw new IOException(file + " is larger than " + MAX_BYTES + " bytes (" + a.size() + ")");
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes((int) MAX_BYTES + 1); // the file may have grown since
    }
    return decode(bytes, file.toString());
  }

  /** At most {@link #MAX_BYTES} of {@code in} as strict UTF-8. */
  public static String read(InputStream in, String name) throws IOException {
    return decode(in.readNBytes((int) MAX_BYTES + 1), name);
  }

  private static String decode(byte[] bytes, String name) throws IOException {
    if (bytes.length > MAX_BYTES) {
      throw new IOException(name + " is larger than " + MAX_BYTES + " bytes");
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new IOException(name + " is not UTF-8 text", e);
    }
  }
}
