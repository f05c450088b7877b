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
import se.rjl.patientfees.rules.yaml.YamlParser;

/**
 * Reads a rulebook's (or a price list's) file as UTF-8 text, safely: only a regular file (never a
 * device such as /dev/zero, a named pipe or a folder, which could fill the memory or wait forever),
 * and only up to {@link #MAX_BYTES}, checked before reading and again while reading (decision E71).
 */
public final class TextFiles {
  /**
   * The largest file read: the most bytes the parser's {@link YamlParser#MAX_CODE_POINTS} characters
   * can take in UTF-8 (4 bytes each), so that the byte limit never refuses a text the parser would
   * accept. The 2026 rulebook's largest file is about 100 kB.
   */
  public static final long MAX_BYTES = 4L * YamlParser.MAX_CODE_POINTS;

  /** Why a file was not read; {@link #kind()} is the problem kind to report. */
  public static final class UnreadableFileException extends IOException {
    private static final long serialVersionUID = 1L;
    private final String kind;

    UnreadableFileException(String kind, String message) {
      super(message);
      this.kind = kind;
    }

    /** {@code not-a-regular-file}, {@code too-large} or {@code unreadable-file}. */
    public String kind() {
      return kind;
    }
  }

  private TextFiles() {}

  /**
   * The text of {@code file}, decoded as strict UTF-8. Throws {@link UnreadableFileException} for a
   * file that is not regular, too large or not UTF-8, and {@link IOException} when reading fails.
   */
  public static String read(Path file) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class); // follows links
    if (!attributes.isRegularFile()) {
      throw new UnreadableFileException("not-a-regular-file",
          "not a regular file (" + (attributes.isDirectory() ? "a folder" : "a device, a named pipe or a socket") + ")");
    }
    if (attributes.size() > MAX_BYTES) {
      throw tooLarge(attributes.size());
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      // The file may have grown since its size was read: never take more than the limit.
      bytes = in.readNBytes((int) MAX_BYTES + 1);
    }
    if (bytes.length > MAX_BYTES) {
      throw tooLarge(bytes.length);
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new UnreadableFileException("unreadable-file", "the file is not UTF-8 text");
    }
  }

  private static UnreadableFileException tooLarge(long size) {
    return new UnreadableFileException("too-large",
        "the file has " + size + " bytes, more than the " + MAX_BYTES + " a rulebook file may have");
  }
}
