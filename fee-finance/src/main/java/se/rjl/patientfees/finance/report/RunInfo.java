package se.rjl.patientfees.finance.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * What a report was made from, for its header: every input file with its size and SHA-256, the
 * program's version and the time of the run. The time is given by the command line (never read
 * here), so that the same inputs give the same report apart from that one line.
 *
 * @param files the input files, each with its role ("Besöksfil", "Basregelbok rjl-2026", …)
 * @param programVersion e.g. {@code fee-finance 1.0.0}
 * @param time when the run started, or null to leave it out
 */
public record RunInfo(List<InputFile> files, String programVersion, ZonedDateTime time) {
  /** An input file: its role, its path as given, its size in bytes and its SHA-256 in hex. */
  public record InputFile(String role, String path, long size, String sha256) {
    /** Reads {@code file} once to hash it. */
    public static InputFile of(String role, Path file) throws IOException {
      MessageDigest sha = newSha256();
      try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
        in.transferTo(java.io.OutputStream.nullOutputStream());
      }
      return new InputFile(role, file.toString(), Files.size(file), HexFormat.of().formatHex(sha.digest()));
    }
  }

  public static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  /** A rulebook's main file and the parts it lists, each as an input file with {@code role}. */
  public static List<InputFile> rulebookFiles(String role, Path main) throws IOException {
    List<InputFile> out = new ArrayList<>();
    out.add(InputFile.of(role, main));
    Object root = new Yaml(new LoaderOptions()).load(Files.readString(main));
    if (root instanceof Map<?, ?> m && m.get("parts") instanceof List<?> parts) {
      Path dir = main.toAbsolutePath().getParent();
      for (Object part : parts) {
        Path p = dir.resolve(String.valueOf(part)).normalize();
        if (Files.isRegularFile(p)) {
          InputFile f = InputFile.of(role + ", del", p);
          out.add(new InputFile(f.role(), main.resolveSibling(String.valueOf(part)).toString(), f.size(), f.sha256()));
        }
      }
    }
    return out;
  }

  /** The version in the jar ({@code fee-finance 1.0.0}), or "utvecklingsversion". */
  public static String currentVersion() {
    String version = "utvecklingsversion";
    try (InputStream in = RunInfo.class.getResourceAsStream("/META-INF/maven/se.rjl.patientfees/fee-finance/pom.properties")) {
      if (in != null) {
        java.util.Properties p = new java.util.Properties();
        p.load(in);
        version = p.getProperty("version", version);
      }
    } catch (IOException e) {
      // the version is for the header only
    }
    return "fee-finance " + version;
  }

  /** The header block of a report: a table of the input files and a line with version and time. */
  public String toHtml() {
    StringBuilder b = new StringBuilder();
    b.append("<section class=\"run\" id=\"run\">\n<table class=\"inputs\">\n<thead><tr><th>Indata</th><th>Fil</th>"
        + "<th class=\"num\">Storlek</th><th>SHA-256</th></tr></thead>\n<tbody>\n");
    for (InputFile f : files) {
      b.append("<tr><td>").append(Html.esc(f.role())).append("</td><td>").append(Html.esc(f.path()))
          .append("</td><td class=\"num\">").append(Html.esc(size(f.size()))).append("</td><td class=\"hash\">")
          .append(Html.esc(f.sha256())).append("</td></tr>\n");
    }
    b.append("</tbody>\n</table>\n<p class=\"meta\">Program: ").append(Html.esc(programVersion));
    if (time != null) {
      b.append(" · Körd ").append(Html.esc(time.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx"))))
          .append(" (").append(Html.esc(time.getZone().getId())).append(")");
    }
    b.append("</p>\n</section>\n");
    return b.toString();
  }

  /** {@code 365 772 763 byte (349 MB)}. */
  static String size(long bytes) {
    String exact = Kr.count(bytes) + " byte";
    if (bytes < 10_000) {
      return exact;
    }
    double kb = bytes / 1024.0;
    String approx = kb < 10_240 ? Math.round(kb) + " kB" : Math.round(kb / 1024) + " MB";
    return exact + " (" + approx + ")";
  }
}
