package se.rjl.patientfees.app.cli;

import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;
import se.rjl.patientfees.api.PatientFees;

/** {@code --version}: the jar's version and the bundled rulebooks. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() throws Exception {
    String version = "development build";
    try (InputStream in = getClass().getResourceAsStream("/META-INF/maven/se.rjl.patientfees/fee-api/pom.properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        version = p.getProperty("version", version);
      }
    }
    return new String[] {"fee-api " + version, "bundled rulebooks: " + String.join(", ", PatientFees.bundledRulebookResources()),
        "bundled price lists: " + String.join(", ", PriceListOptions.bundled())};
  }
}
