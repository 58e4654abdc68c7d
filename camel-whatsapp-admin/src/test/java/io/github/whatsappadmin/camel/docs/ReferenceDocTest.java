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
package io.github.whatsappadmin.camel.docs;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/reference.md cannot drift from the component: it must be exactly what the descriptor the build just generated
 * renders to. With -Dreference.update=true the test writes the page instead (then commit it).
 */
class ReferenceDocTest {

    private static JsonNode descriptor;
    private static Path page;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = ReferenceDocTest.class.getResourceAsStream(ReferenceDoc.DESCRIPTOR)) {
            assertThat(in).as(ReferenceDoc.DESCRIPTOR + " on the classpath").isNotNull();
            descriptor = new ObjectMapper().readTree(in);
        }
        page = Path.of(System.getProperty("basedir", ".")).resolve("../docs/reference.md").normalize();
    }

    @Test
    void committedReferenceIsWhatTheDescriptorRendersTo() throws Exception {
        String rendered = ReferenceDoc.render(descriptor);
        if (Boolean.getBoolean("reference.update")) {
            Files.writeString(page, rendered, StandardCharsets.UTF_8);
        }
        assertThat(page).as("docs/reference.md").isRegularFile();
        assertThat(Files.readString(page, StandardCharsets.UTF_8))
                .as("docs/reference.md differs from the component's descriptor; regenerate it with: "
                    + ReferenceDoc.REGENERATE)
                .isEqualTo(rendered);
    }

    @Test
    void referenceNamesEveryOptionAndHeaderWithItsDefaultAndDescription() {
        String rendered = ReferenceDoc.render(descriptor);
        for (String section : new String[] {"componentProperties", "properties", "headers"}) {
            ReferenceDoc.fields(descriptor.get(section)).forEach((name, entry) -> {
                assertThat(entry.path("description").asText()).as(section + "." + name + " description")
                        .isNotBlank();
                assertThat(rendered).as(section + "." + name).contains("`" + name + "`")
                        .contains(entry.get("description").asText().replace("|", "\\|"));
                if (entry.has("defaultValue")) {
                    assertThat(rendered).contains("`" + entry.get("defaultValue").asText() + "`");
                }
            });
        }
    }
}
