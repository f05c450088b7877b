package se.rjl.patientfees.rules.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import se.rjl.patientfees.rules.yaml.RulebookException;

/**
 * The loader reads regular files only, with the size checked before reading (issue 16: {@code
 * /dev/zero} ran out of memory, a named pipe hung).
 */
class LoaderInputsTest {
  @TempDir Path tmp;

  static void refused(Path file, String because) {
    assertThatThrownBy(() -> RulebookLoader.load(file)).isInstanceOf(RulebookException.class)
        .satisfies(e -> assertThat(((RulebookException) e).problems()).singleElement()
            .satisfies(p -> {
              assertThat(p.kind()).isEqualTo("unreadable-file");
              assertThat(p.message()).contains(because);
            }));
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void aDeviceIsRefusedWithoutReading() {
    refused(Path.of("/dev/zero"), "not a regular file");
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void aNamedPipeIsRefusedWithoutOpeningIt() throws Exception {
    Path fifo = tmp.resolve("book.yaml");
    Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(p.waitFor()).isZero();
    refused(fifo, "not a regular file");
  }

  @Test
  void aDirectoryIsRefused() {
    refused(tmp, "not a regular file");
  }

  @Test
  void aFileLargerThanTheLimitIsRefusedBeforeReading() throws Exception {
    Path big = tmp.resolve("big.yaml");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(TextFiles.MAX_BYTES + 1); // sparse: nothing is written, nothing would be read
    }
    refused(big, "larger than " + TextFiles.MAX_BYTES);
  }

  @Test
  void aFileThatIsNotUtf8IsRefused() throws Exception {
    Path latin1 = tmp.resolve("latin1.yaml");
    Files.write(latin1, new byte[] {'r', 'u', 'l', 'e', ':', ' ', (byte) 0xE5, '\n'});
    refused(latin1, "not UTF-8");
  }
}
