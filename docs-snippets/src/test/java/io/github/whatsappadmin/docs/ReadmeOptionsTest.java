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
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** README.md's options table names every component option of the component's descriptor, and nothing else. */
class ReadmeOptionsTest {

    private static final String DESCRIPTOR = "META-INF/io/github/whatsappadmin/camel/whatsapp-admin.json";
    private static final Pattern NAME = Pattern.compile("`([a-zA-Z]+)`");

    @Test
    void optionsTableListsExactlyTheComponentsOptions() throws IOException {
        assertThat(readmeOptions()).isEqualTo(componentOptions());
    }

    /** The names in the first column of the table under "## Options". */
    private static Set<String> readmeOptions() throws IOException {
        String readme = Files.readString(Snippets.README, StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("\n## Options\n"));
        section = section.substring(0, section.indexOf("\n## ", 1));
        Set<String> names = new TreeSet<>();
        for (String line : section.split("\n")) {
            if (line.startsWith("| `")) {
                Matcher matcher = NAME.matcher(line.split("\\|")[1]);
                while (matcher.find()) {
                    names.add(matcher.group(1));
                }
            }
        }
        return names;
    }

    private static Set<String> componentOptions() throws IOException {
        try (InputStream in = ReadmeOptionsTest.class.getClassLoader().getResourceAsStream(DESCRIPTOR)) {
            assertThat(in).as(DESCRIPTOR).isNotNull();
            JsonNode properties = new ObjectMapper().readTree(in).get("componentProperties");
            Set<String> names = new TreeSet<>();
            properties.fieldNames().forEachRemaining(names::add);
            return names;
        }
    }
}
