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

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.jar.Manifest;

import aQute.bnd.header.Parameters;
import aQute.bnd.version.Version;

/**
 * What the build of this module produced, read as Karaf would read it: bnd writes the bundle manifest into
 * target/classes at process-classes, the resources plugin writes the filtered features file into target/feature.
 */
final class BuiltBundle {

    static final String SYMBOLIC_NAME = "io.github.whatsappadmin.camel-whatsapp-admin";
    static final String ARTIFACT = "mvn:io.github.whatsappadmin/camel-whatsapp-admin/";

    private BuiltBundle() {
    }

    /** Surefire and failsafe run in the module folder and set {@code basedir}. */
    static Path moduleDir() {
        return Path.of(System.getProperty("basedir", "."));
    }

    static Path classesDir() {
        return moduleDir().resolve("target/classes");
    }

    static Path featuresFile() {
        return moduleDir().resolve("target/feature/features.xml");
    }

    /** The Maven version of this build, as the resources plugin filtered it into the component's properties. */
    static String projectVersion() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BuiltBundle.class.getResourceAsStream(
                "/io/github/whatsappadmin/camel/whatsapp-admin.properties")) {
            properties.load(in);
        }
        return properties.getProperty("version");
    }

    /** The OSGi version a Maven version such as 0.1.0-SNAPSHOT maps to, without qualifier: 0.1.0. */
    static Version releaseVersion(String mavenVersion) {
        return Version.parseVersion(mavenVersion.replaceFirst("-.*$", "")).getWithoutQualifier();
    }

    static Manifest manifest(InputStream in) throws IOException {
        return new Manifest(in);
    }

    static Manifest manifest() throws IOException {
        Path file = classesDir().resolve("META-INF/MANIFEST.MF");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " is missing: bnd-maven-plugin writes it at process-classes");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return manifest(in);
        }
    }

    /** An OSGi header (Import-Package, Export-Package, ...) parsed by bnd's own parser. */
    static Parameters header(Manifest manifest, String name) {
        return new Parameters(manifest.getMainAttributes().getValue(name));
    }
}
