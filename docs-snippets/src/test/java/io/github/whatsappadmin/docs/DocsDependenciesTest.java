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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The snippet tests run with exactly the dependencies README.md and docs/getting-started.md tell a user to add, so a
 * snippet that needs one more (camel-bean, for a simple expression that calls a method) fails here, as it would for
 * the user.
 */
class DocsDependenciesTest {

    private static final Pattern DEPENDENCY = Pattern.compile(
            "<dependency>\\s*<groupId>([^<]+)</groupId>\\s*<artifactId>([^<]+)</artifactId>(.*?)</dependency>",
            Pattern.DOTALL);

    @Test
    void thisModuleDependsOnExactlyWhatThePagesList() throws IOException {
        Set<String> listed = new TreeSet<>();
        listed.addAll(dependencies(Snippets.markdown(Snippets.README, "readme-dependencies")));
        listed.addAll(dependencies(Snippets.markdown(Snippets.GETTING_STARTED, "getting-started-dependencies")));

        assertThat(dependencies(Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8))).isEqualTo(listed);
    }

    @Test
    void camelBeanIsNotOnTheClasspath() {
        assertThatThrownBy(() -> Class.forName("org.apache.camel.language.bean.BeanLanguage"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    /** groupId:artifactId of each dependency that is not test scoped. */
    private static Set<String> dependencies(String xml) {
        Set<String> result = new TreeSet<>();
        Matcher matcher = DEPENDENCY.matcher(xml);
        while (matcher.find()) {
            if (!matcher.group(3).contains("<scope>test</scope>") && !matcher.group(3).contains("<scope>import</scope>")) {
                result.add(matcher.group(1).trim() + ":" + matcher.group(2).trim());
            }
        }
        return result;
    }
}
