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
package io.github.whatsappadmin.docs;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.apache.camel.RoutesBuilder;
import org.apache.camel.main.Main;

/**
 * The code the pages show, by name. In Markdown a snippet is the fenced block right after
 * {@code <!-- snippet:NAME -->};
 * in a test's source it is the lines between {@code // snippet:NAME} and {@code // end:NAME}. Both are compared
 * without their common indentation, so a page shows exactly the code a test runs.
 */
final class Snippets {

    static final Path README = Path.of("..", "README.md");
    static final Path GETTING_STARTED = Path.of("..", "docs", "getting-started.md");

    private Snippets() {
    }

    /** The fenced block that follows the snippet's marker in a Markdown page. */
    static String markdown(Path page, String name) throws IOException {
        List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
        int marker = lines.indexOf("<!-- snippet:" + name + " -->");
        if (marker < 0 || marker + 1 >= lines.size() || !lines.get(marker + 1).startsWith("```")) {
            throw new AssertionError(page + " has no fenced block after <!-- snippet:" + name + " -->");
        }
        int end = marker + 2;
        while (end < lines.size() && !lines.get(end).startsWith("```")) {
            end++;
        }
        return dedent(lines.subList(marker + 2, end));
    }

    /** The lines between {@code // snippet:NAME} and {@code // end:NAME} in a test's source file. */
    static String source(Class<?> test, String name) throws IOException {
        Path file = Path.of("src", "test", "java", test.getName().replace('.', '/') + ".java");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int start = indexOfTrimmed(lines, "// snippet:" + name);
        int end = indexOfTrimmed(lines, "// end:" + name);
        if (start < 0 || end < start) {
            throw new AssertionError(file + " has no // snippet:" + name + " ... // end:" + name);
        }
        return dedent(lines.subList(start + 1, end));
    }

    /** A properties snippet of a page, parsed as Camel Main reads application.properties. */
    static Properties properties(Path page, String name) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(markdown(page, name)));
        return properties;
    }

    /**
     * Camel Main started with a page's routes and the properties of its {@code snippets}, as written; the only
     * addition is where the test's simulator listens.
     */
    static Main startMain(RoutesBuilder routes, Path page, String graphBaseUrl, String... snippets) throws Exception {
        Main main = new Main();
        main.configure().addRoutesBuilder(routes);
        for (String snippet : snippets) {
            properties(page, snippet).forEach((name, value) -> main.addInitialProperty((String) name, (String) value));
        }
        main.addOverrideProperty("camel.component.whatsapp-admin.base-url", graphBaseUrl);
        main.start();
        return main;
    }

    private static int indexOfTrimmed(List<String> lines, String marker) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).trim().equals(marker)) {
                return i;
            }
        }
        return -1;
    }

    private static String dedent(List<String> lines) {
        int indent = lines.stream().filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
        }
        return text.toString();
    }
}
