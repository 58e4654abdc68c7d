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

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The User-Agent's version is the build's major.minor.patch, whatever qualifier the build carries. */
class ProductVersionTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"0.1.0-SNAPSHOT,0.1.0", "1.2.3,1.2.3", "2.0,2.0.0", "3,3.0.0", "1.4.2.Final,1.4.2",
            "10.20.30-RC1,10.20.30", "unknown,0.0.0"})
    void versionIsMajorMinorPatch(String version, String expected) {
        assertThat(ProductVersion.numeric(version)).isEqualTo(expected);
    }
}
