package dev.planrun.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code planrun --version}: the version Maven wrote into the jar at build time. */
final class VersionProvider implements IVersionProvider {

    /** The version of this build, e.g. {@code 0.1.0-SNAPSHOT}; {@code unknown} outside a built jar. */
    static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"planrun " + version(), "Java " + System.getProperty("java.version")};
    }
}
