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
package io.github.whatsappadmin.camel.osgi;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar is the bundle: it carries bnd's manifest, and Camel's META-INF/services entries as bundle entries
 * (Camel Karaf's activator lists them with Bundle.getEntryPaths, which sees only the bundle's own content).
 */
class BundleJarIT {

    private static Path jar() throws Exception {
        String configured = System.getProperty("bundle.jar");
        Path jar = configured != null ? Path.of(configured)
                : BuiltBundle.moduleDir().resolve("target/camel-whatsapp-admin-" + BuiltBundle.projectVersion() + ".jar");
        assertThat(jar).as("the packaged component jar").isRegularFile();
        return jar;
    }

    @Test
    void jarCarriesTheBundleManifestBndWrote() throws Exception {
        Manifest written = BuiltBundle.manifest();
        try (JarFile jar = new JarFile(jar().toFile())) {
            Attributes packaged = jar.getManifest().getMainAttributes();
            for (String header : List.of("Bundle-ManifestVersion", "Bundle-SymbolicName", "Bundle-Version",
                    "Export-Package", "Import-Package", "Require-Capability")) {
                assertThat(packaged.getValue(header)).as(header).isNotNull()
                        .isEqualTo(written.getMainAttributes().getValue(header));
            }
        }
    }

    @Test
    void jarCarriesTheCamelServiceEntriesAndTheDescriptor() throws Exception {
        try (JarFile jar = new JarFile(jar().toFile())) {
            for (String entry : List.of("META-INF/services/org/apache/camel/component/whatsapp-admin",
                    "META-INF/services/org/apache/camel/configurer/whatsapp-admin-component",
                    "META-INF/services/org/apache/camel/configurer/whatsapp-admin-endpoint",
                    "META-INF/services/org/apache/camel/urifactory/whatsapp-admin-endpoint",
                    "META-INF/io/github/whatsappadmin/camel/whatsapp-admin.json",
                    "io/github/whatsappadmin/camel/WhatsAppAdminComponent.class",
                    "io/github/whatsappadmin/camel/WhatsAppAdminEndpointConfigurer.class",
                    "io/github/whatsappadmin/camel/internal/HttpClientPool.class")) {
                assertThat(jar.getEntry(entry)).as(entry).isNotNull();
            }
        }
    }

    @Test
    void featuresFileIsThereToAttach() {
        assertThat(Files.isRegularFile(BuiltBundle.featuresFile())).isTrue();
    }
}
