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
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import aQute.bnd.header.Parameters;
import aQute.bnd.version.Version;
import aQute.bnd.version.VersionRange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Karaf features file the build attaches (classifier features, type xml) is valid against Karaf's own features
 * schema, and the feature it declares brings every package the bundle imports. Camel Karaf's bundles cannot be fetched
 * here, so the check maps each import to the upstream jar that holds the package and to the Karaf feature that installs
 * that jar.
 */
class KarafFeaturesTest {

    private static final String NAMESPACE = "http://karaf.apache.org/xmlns/features/v1.6.0";
    /** Inside org.apache.karaf.features.core, the schema Karaf 4.4 (Camel Karaf 4.14's runtime) validates with. */
    private static final String SCHEMA = "/org/apache/karaf/features/karaf-features-1.6.0.xsd";

    /** The upstream artifacts of the bundles in Camel Karaf's camel-core feature that hold API and support code. */
    private static final Set<String> CAMEL_CORE_FEATURE = Set.of("camel-api", "camel-util", "camel-util-json",
            "camel-support", "camel-management-api", "camel-base", "camel-base-engine", "camel-core-engine",
            "camel-core-model", "camel-core-processor", "camel-core-reifier", "camel-core-languages", "camel-xml-jaxp",
            "camel-xml-io-util", "camel-tooling-model", "camel-main");
    /** camel-jackson, and the jackson feature it depends on. */
    private static final Set<String> CAMEL_JACKSON_FEATURE = Set.of("camel-jackson", "jackson-core",
            "jackson-databind", "jackson-annotations");
    /** Camel Karaf's http-client feature (5.x), and the httpcore5-h2 bundle the feature adds beside it. */
    private static final Set<String> HTTP_CLIENT_FEATURE = Set.of("httpclient5", "httpcore5");
    private static final String HTTPCORE5_H2_BUNDLE = "wrap:mvn:org.apache.httpcomponents.core5/httpcore5-h2/5.3.5"
                                                      + "$Bundle-Name=Wrap%20of%20Httpcore5%20H2"
                                                      + "&Bundle-SymbolicName=wrap_org.apache.httpcomponents.core5.httpcore5-h2"
                                                      + "&Bundle-Version=5.3.5";
    /** Karaf's pax-logging exports the SLF4J API itself. */
    private static final Set<String> KARAF = Set.of("slf4j-api");

    private static Document features;
    private static String version;

    @BeforeAll
    static void parse() throws Exception {
        version = BuiltBundle.projectVersion();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        features = factory.newDocumentBuilder().parse(BuiltBundle.featuresFile().toFile());
    }

    private static Element feature(String name) {
        for (Element feature : children(features.getDocumentElement(), "feature")) {
            if (name.equals(feature.getAttribute("name"))) {
                return feature;
            }
        }
        throw new AssertionError("no feature named " + name);
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element e && NAMESPACE.equals(e.getNamespaceURI())
                && localName.equals(e.getLocalName())) {
                result.add(e);
            }
        }
        return result;
    }

    private static Map<String, String> dependencies() {
        Map<String, String> dependencies = new LinkedHashMap<>();
        for (Element dependency : children(feature("camel-whatsapp-admin"), "feature")) {
            dependencies.put(dependency.getTextContent().trim(), dependency.getAttribute("version"));
        }
        return dependencies;
    }

    @Test
    void featuresFileIsValidAgainstKarafsFeaturesSchema() throws Exception {
        assertThat(features.getDocumentElement().getNamespaceURI()).isEqualTo(NAMESPACE);
        URL xsd = KarafFeaturesTest.class.getResource(SCHEMA);
        assertThat(xsd).as(SCHEMA + " from org.apache.karaf.features.core").isNotNull();
        Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd);
        // Throws SAXParseException, with line and column, on the first violation.
        schema.newValidator().validate(new StreamSource(BuiltBundle.featuresFile().toFile()));
    }

    @Test
    void everyMavenPropertyIsFilledIn() throws Exception {
        assertThat(Files.readString(BuiltBundle.featuresFile())).doesNotContain("${");
        assertThat(features.getDocumentElement().getAttribute("name")).isEqualTo("camel-whatsapp-admin-" + version);
    }

    @Test
    void featureInstallsThisBuildsBundle() {
        Element feature = feature("camel-whatsapp-admin");
        assertThat(feature.getAttribute("version")).isEqualTo(version);
        assertThat(children(feature, "bundle")).filteredOn(e -> !"true".equals(e.getAttribute("dependency")))
                .extracting(e -> e.getTextContent().trim()).containsExactly(BuiltBundle.ARTIFACT + version);
    }

    @Test
    void featureAddsHttpCore5H2AsCamelKarafsCamelHttpFeatureDoes() {
        // the same wrap URL as Camel Karaf 4.14.5's camel-http feature, so that Karaf installs one bundle for both
        assertThat(children(feature("camel-whatsapp-admin"), "bundle"))
                .filteredOn(e -> "true".equals(e.getAttribute("dependency")))
                .extracting(e -> e.getTextContent().trim()).containsExactly(HTTPCORE5_H2_BUNDLE);
    }

    @Test
    void featureDependsOnHttpClient5OfCamelKaraf() {
        VersionRange range = VersionRange.parseOSGiVersionRange(dependencies().get("http-client"));
        // Camel Karaf 4.14's http-client features: 4.5.14 (HttpClient 4) and 5.4.4
        assertThat(range.includes(Version.parseVersion("5.4.4"))).as(range.toString()).isTrue();
        assertThat(range.includes(Version.parseVersion("5.6.3"))).as(range.toString()).isTrue();
        assertThat(range.includes(Version.parseVersion("4.5.14"))).as(range.toString()).isFalse();
        assertThat(range.includes(Version.parseVersion("6.0.0"))).as(range.toString()).isFalse();
    }

    @Test
    void featureDependsOnCamelCoreAndCamelJacksonOfCamelKaraf414OrLater4x() {
        Map<String, String> dependencies = dependencies();
        // No camel-http: nothing in the bundle imports it (see everyImportedPackage...).
        assertThat(dependencies).containsOnlyKeys("camel-core", "camel-jackson", "http-client");
        dependencies.remove("http-client");
        dependencies.forEach((name, range) -> {
            VersionRange versions = VersionRange.parseOSGiVersionRange(range);
            for (String accepted : List.of("4.14.0", "4.14.4", "4.22.0")) {
                assertThat(versions.includes(Version.parseVersion(accepted))).as(name + " " + range).isTrue();
            }
            assertThat(versions.includes(Version.parseVersion("5.0.0"))).as(name + " " + range).isFalse();
        });
    }

    @Test
    void featureAcceptsTheCamelVersionsTheBundleImports() throws Exception {
        Parameters imports = BuiltBundle.header(BuiltBundle.manifest(), "Import-Package");
        String camelImportRange = imports.get("org.apache.camel").getVersion();
        assertThat(dependencies().get("camel-core")).isEqualTo(camelImportRange);
    }

    @Test
    void everyImportedPackageComesFromTheFeaturesItDependsOnOrFromKarafAndTheJvm() throws Exception {
        Parameters exports = BuiltBundle.header(BuiltBundle.manifest(), "Export-Package");
        Parameters imports = BuiltBundle.header(BuiltBundle.manifest(), "Import-Package");
        Set<String> unprovided = new TreeSet<>();
        for (String pkg : imports.keySet()) {
            if (exports.containsKey(pkg) || providedByTheJvm(pkg)) {
                continue;
            }
            Set<String> artifacts = artifactsHolding(pkg);
            boolean provided = artifacts.stream().anyMatch(a -> CAMEL_CORE_FEATURE.contains(a)
                                                                || CAMEL_JACKSON_FEATURE.contains(a)
                                                                || HTTP_CLIENT_FEATURE.contains(a)
                                                                || a.equals("httpcore5-h2")
                                                                || KARAF.contains(a));
            if (!provided) {
                unprovided.add(pkg + " (found in " + artifacts + ")");
            }
        }
        assertThat(unprovided).as("imports no dependency of the camel-whatsapp-admin feature provides").isEmpty();
    }

    private static boolean providedByTheJvm(String pkg) {
        return ModuleLayer.boot().modules().stream().anyMatch(m -> m.getPackages().contains(pkg));
    }

    /** The artifactIds (jar names without version) on the test classpath with a class directly in the package. */
    private static Set<String> artifactsHolding(String pkg) throws IOException {
        String dir = pkg.replace('.', '/') + "/";
        Set<String> artifacts = new TreeSet<>();
        Enumeration<URL> urls = KarafFeaturesTest.class.getClassLoader().getResources(dir);
        while (urls.hasMoreElements()) {
            URLConnection connection = urls.nextElement().openConnection();
            if (connection instanceof JarURLConnection jar) {
                connection.setUseCaches(false);
                try (JarFile file = jar.getJarFile()) {
                    boolean holdsClass = file.stream().map(JarEntry::getName).anyMatch(
                            n -> n.startsWith(dir) && n.endsWith(".class") && n.indexOf('/', dir.length()) < 0);
                    if (holdsClass) {
                        String name = jar.getJarFileURL().getPath();
                        name = name.substring(name.lastIndexOf('/') + 1);
                        artifacts.add(name.replaceFirst("-\\d[^-]*(-SNAPSHOT)?\\.jar$", ""));
                    }
                }
            }
        }
        return artifacts;
    }
}
