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
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

import aQute.bnd.header.Attrs;
import aQute.bnd.header.Parameters;
import aQute.bnd.version.Version;
import aQute.bnd.version.VersionRange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The component jar is an OSGi bundle that Camel Karaf 4.14 LTS (and later 4.x) can resolve and start: the manifest
 * bnd wrote is read back and checked header by header.
 */
class BundleManifestTest {

    private static Manifest manifest;
    private static Parameters imports;

    @BeforeAll
    static void readManifest() throws Exception {
        manifest = BuiltBundle.manifest();
        imports = BuiltBundle.header(manifest, "Import-Package");
    }

    private static String header(String name) {
        return manifest.getMainAttributes().getValue(name);
    }

    private static Map<String, Attrs> importsStartingWith(String prefix) {
        return imports.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static VersionRange range(Attrs attrs) {
        String version = attrs.getVersion();
        return version == null ? null : VersionRange.parseOSGiVersionRange(version);
    }

    @Test
    void bundleIsNamedAfterTheArtifactAndVersionedLikeIt() throws Exception {
        assertThat(header("Bundle-ManifestVersion")).isEqualTo("2");
        assertThat(header("Bundle-SymbolicName")).isEqualTo(BuiltBundle.SYMBOLIC_NAME);
        Version bundleVersion = Version.parseVersion(header("Bundle-Version"));
        assertThat(bundleVersion.getWithoutQualifier())
                .isEqualTo(BuiltBundle.releaseVersion(BuiltBundle.projectVersion()));
    }

    @Test
    void exportsTheApiPackagesButNotInternal() throws Exception {
        Parameters exports = BuiltBundle.header(manifest, "Export-Package");
        assertThat(exports.keySet()).containsExactlyInAnyOrder("io.github.whatsappadmin.camel",
                "io.github.whatsappadmin.camel.budget", "io.github.whatsappadmin.camel.error",
                "io.github.whatsappadmin.camel.model");
        Version release = BuiltBundle.releaseVersion(BuiltBundle.projectVersion());
        exports.forEach((pkg, attrs) -> assertThat(Version.parseVersion(attrs.getVersion())).as(pkg)
                .isEqualTo(release));
        // Private, yet inside the bundle: the producer's helpers are not API.
        assertThat(Files.isDirectory(BuiltBundle.classesDir().resolve("io/github/whatsappadmin/camel/internal")))
                .isTrue();
    }

    @Test
    void importsCamelWithARangeThatCamelKaraf414AndEveryLater4xSatisfy() {
        Map<String, Attrs> camel = importsStartingWith("org.apache.camel");
        assertThat(camel).isNotEmpty();
        camel.forEach((pkg, attrs) -> {
            VersionRange range = range(attrs);
            assertThat(range).as(pkg + " has a version range").isNotNull();
            for (String accepted : List.of("4.14.0", "4.14.4", "4.18.0", "4.22.0", "4.99.0")) {
                assertThat(range.includes(Version.parseVersion(accepted))).as(pkg + " " + range + " accepts " + accepted)
                        .isTrue();
            }
            for (String refused : List.of("4.13.2", "3.22.0", "5.0.0")) {
                assertThat(range.includes(Version.parseVersion(refused))).as(pkg + " " + range + " refuses " + refused)
                        .isFalse();
            }
        });
    }

    @Test
    void importsThePackagesCamelsKarafActivatorLooksForBeforeScanningTheBundle() {
        // camel-core-osgi registers a bundle's META-INF/services/org/apache/camel/{component,configurer} entries only
        // when the bundle is wired to its org.apache.camel (Component) and org.apache.camel.spi
        // (GeneratedPropertyConfigurer) packages.
        assertThat(imports.keySet()).contains("org.apache.camel", "org.apache.camel.spi");
    }

    @Test
    void importsJacksonTwoFromTheLineCamelKarafShips() {
        Map<String, Attrs> jackson = importsStartingWith("com.fasterxml.jackson");
        assertThat(jackson).containsKeys("com.fasterxml.jackson.databind", "com.fasterxml.jackson.core");
        jackson.forEach((pkg, attrs) -> {
            VersionRange range = range(attrs);
            assertThat(range).as(pkg).isNotNull();
            assertThat(range.includes(Version.parseVersion("2.15.0"))).as(pkg + " " + range).isTrue();
            assertThat(range.includes(Version.parseVersion("2.19.2"))).as(pkg + " " + range).isTrue();
            assertThat(range.includes(Version.parseVersion("3.0.0"))).as(pkg + " " + range).isFalse();
        });
    }

    @Test
    void importsHttpClient5WithRangesThatCamelKaraf414sHttpClientFeatureSatisfies() {
        // Camel Karaf 4.14: httpclient5 5.4.4, httpcore5 and httpcore5-h2 5.3.5 (wrapped, packages at those versions)
        Map<String, Attrs> client = importsStartingWith("org.apache.hc.client5");
        Map<String, Attrs> core = importsStartingWith("org.apache.hc.core5");
        assertThat(client).containsKeys("org.apache.hc.client5.http.impl.async", "org.apache.hc.client5.http.async");
        assertThat(core).containsKeys("org.apache.hc.core5.http", "org.apache.hc.core5.http2");
        client.forEach((pkg, attrs) -> assertRange(pkg, range(attrs), List.of("5.4.4", "5.6.3", "5.9.0"),
                List.of("5.3.1", "6.0.0")));
        core.forEach((pkg, attrs) -> assertRange(pkg, range(attrs), List.of("5.3.5", "5.4.3", "5.9.0"),
                List.of("5.2.5", "6.0.0")));
    }

    private static void assertRange(String pkg, VersionRange range, List<String> accepted, List<String> refused) {
        assertThat(range).as(pkg + " has a version range").isNotNull();
        accepted.forEach(v -> assertThat(range.includes(Version.parseVersion(v))).as(pkg + " " + range + " accepts " + v)
                .isTrue());
        refused.forEach(v -> assertThat(range.includes(Version.parseVersion(v))).as(pkg + " " + range + " refuses " + v)
                .isFalse());
    }

    @Test
    void importsNoJavaPackageSinceTheJvmProvidesThemAll() {
        // java.* reaches every bundle through boot delegation; an Import-Package for it would need an exporter that
        // Karaf's system bundle may not declare.
        assertThat(imports.keySet()).noneMatch(pkg -> pkg.startsWith("java."));
        assertThat(imports.keySet()).allSatisfy(pkg -> assertThat(imports.get(pkg).get("resolution:")).as(pkg)
                .isNull());
    }

    @Test
    void requiresJava17() {
        assertThat(header("Require-Capability")).contains("osgi.ee=JavaSE").contains("version=17");
    }

    @Test
    void carriesTheCamelServiceFilesItsClassesNameInsideTheBundle() throws Exception {
        Properties component = new Properties();
        try (var in = Files.newInputStream(BuiltBundle.classesDir()
                .resolve("META-INF/services/org/apache/camel/component/whatsapp-admin"))) {
            component.load(in);
        }
        assertThat(component.getProperty("class")).isEqualTo("io.github.whatsappadmin.camel.WhatsAppAdminComponent");
        for (String service : List.of("configurer/whatsapp-admin-component", "configurer/whatsapp-admin-endpoint",
                "urifactory/whatsapp-admin-endpoint")) {
            Properties p = new Properties();
            try (var in = Files.newInputStream(BuiltBundle.classesDir()
                    .resolve("META-INF/services/org/apache/camel/" + service))) {
                p.load(in);
            }
            String className = p.getProperty("class");
            assertThat(className).as(service).startsWith("io.github.whatsappadmin.camel.");
            assertThat(BuiltBundle.classesDir().resolve(className.replace('.', '/') + ".class")).as(service)
                    .isRegularFile();
        }
        assertThat(manifest.getMainAttributes().get(new Attributes.Name("Bundle-ClassPath"))).isNull();
    }
}
