/*
 * Copyright The camel-whatsapp-admin Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.whatsappadmin.camel.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The component's version, written into the jar by the build. */
public final class ProductVersion {

    // declared first: the constants below use it while the class initialises
    private static final Pattern LEADING_NUMBERS = Pattern.compile("(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?");

    /** The build's version, qualifier included (such as {@code 0.1.0-SNAPSHOT}), or {@code unknown}. */
    private static final String VERSION = load();

    /**
     * {@code camel-whatsapp-admin/<major.minor.patch>}: Meta's description of the API gives User-Agent the pattern
     * {@code name/x.y.z}, without a qualifier such as {@code -SNAPSHOT}.
     */
    public static final String DEFAULT_USER_AGENT = "camel-whatsapp-admin/" + numeric(VERSION);

    private ProductVersion() {
    }

    /** The version's {@code major.minor.patch}, missing parts as 0; {@code 0.0.0} when it has none. */
    static String numeric(String version) {
        Matcher m = LEADING_NUMBERS.matcher(version);
        if (!m.lookingAt()) {
            return "0.0.0";
        }
        return m.group(1) + "." + orZero(m.group(2)) + "." + orZero(m.group(3));
    }

    private static String orZero(String part) {
        return part == null ? "0" : part;
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
