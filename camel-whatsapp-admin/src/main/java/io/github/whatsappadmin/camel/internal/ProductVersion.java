package io.github.whatsappadmin.camel.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The component's version, written into the jar by the build. */
public final class ProductVersion {

    public static final String VERSION = load();

    public static final String DEFAULT_USER_AGENT = "camel-whatsapp-admin/" + VERSION;

    private ProductVersion() {
    }

    private static String load() {
        Properties properties = new Properties();
        try (InputStream in = ProductVersion.class.getResourceAsStream(
                "/io/github/whatsappadmin/camel/whatsapp-admin.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // fall through to "unknown": the version only labels the User-Agent
        }
        return properties.getProperty("version", "unknown");
    }
}
