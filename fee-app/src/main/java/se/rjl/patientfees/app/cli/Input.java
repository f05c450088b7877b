package se.rjl.patientfees.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a command's input: a file, or standard input for {@code -} or no file. */
final class Input {
  private Input() {}

  static boolean isStdin(Path file) {
    return file == null || file.toString().equals("-");
  }

  static InputStream open(Path file, InputStream stdin) throws IOException {
    if (isStdin(file)) {
      return stdin;
    }
    if (!Files.isRegularFile(file)) {
      throw new CliException("no such file: " + file);
    }
    return Files.newInputStream(file);
  }

  static String readAll(Path file, InputStream stdin) throws IOException {
    if (isStdin(file)) {
      return new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
    }
    try (InputStream in = open(file, stdin)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
