package io.github.whatsappadmin.examples.offboarding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The job's own version (the Maven project version), written into the journal and the reports. */
final class JobVersion {

    static final String VERSION = load();

    private JobVersion() {
    }

    private static String load() {
        try (InputStream in = JobVersion.class.getResourceAsStream("job.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
