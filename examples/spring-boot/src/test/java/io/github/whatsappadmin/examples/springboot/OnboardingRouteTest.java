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
package io.github.whatsappadmin.examples.springboot;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import io.github.whatsappadmin.simulator.CodeVerificationStatus;
import io.github.whatsappadmin.simulator.DemoSeed;
import io.github.whatsappadmin.simulator.GraphApiSimulator;
import io.github.whatsappadmin.simulator.JournalEntry;
import io.github.whatsappadmin.simulator.PhoneNumberState;
import io.github.whatsappadmin.simulator.PlatformType;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The onboarding route as shipped (application.properties, the demo seed), triggered by the test: the options the
 * starter took from application.properties (codeMethod, language, fields, businessAccountId) reach Graph, the number
 * ends registered with the PIN of the properties, and neither the PIN nor the code is logged.
 */
@SpringBootTest(properties = {"offboarding.trigger=direct:offboard", "onboarding.trigger=direct:onboard",
        "spring.main.keep-alive=false", "camel.main.duration-max-idle-seconds=0"})
@ExtendWith(OutputCaptureExtension.class)
class OnboardingRouteTest {

    static final String NEW_LINE = DemoSeed.NEW_LINE.id();
    static final String FIELDS = "id,display_phone_number,verified_name,status,code_verification_status,platform_type";
    private static final String PIN = "048213";

    @DynamicPropertySource
    static void freePort(DynamicPropertyRegistry registry) {
        int port = freeLoopbackPort();
        registry.add("offboarding.simulator.port", () -> port);
    }

    static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Autowired
    ProducerTemplate template;

    @Autowired
    GraphApiSimulator graph;

    static List<String> callsFor(GraphApiSimulator graph, String phoneNumberId) {
        return graph.journal().forPhoneNumber(phoneNumberId).stream().map(e -> e.method() + " " + e.path()).toList();
    }

    private JournalEntry call(String path) {
        return graph.journal().forPhoneNumber(NEW_LINE).stream().filter(e -> e.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no request to " + path));
    }

    /** docs/spring-boot.md shows the operations' options as this example sets them, so the test below runs them. */
    @Test
    void docsShowTheOperationOptionsOfThisExample() throws IOException {
        List<String> page = Files.readAllLines(Path.of("../../docs/spring-boot.md"), StandardCharsets.UTF_8);
        int marker = page.indexOf("<!-- snippet:spring-boot-operation-options -->");
        assertThat(marker).as("the snippet's marker in docs/spring-boot.md").isNotNegative();
        int end = marker + 2;
        while (!page.get(end).startsWith("```")) {
            end++;
        }
        Properties shown = new Properties();
        shown.load(new StringReader(String.join("\n", page.subList(marker + 2, end))));
        Properties example = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));

        assertThat(shown).hasSize(5);
        shown.stringPropertyNames().forEach(name -> assertThat(example.getProperty(name)).as(name)
                .isEqualTo(shown.getProperty(name)));
    }

    @Test
    void newLineIsOnboardedWithTheOptionsAndThePinFromApplicationProperties(CapturedOutput output) {
        template.sendBody("direct:onboard", null);

        String v = "/v23.0/" + NEW_LINE;
        assertThat(callsFor(graph, NEW_LINE)).containsExactly("POST " + v + "/request_code",
                "POST " + v + "/verify_code", "POST " + v, "POST " + v + "/register", "GET " + v);
        String code = graph.lastVerificationCode(NEW_LINE).orElseThrow();
        assertThat(call(v + "/request_code").body()).contains("\"code_method\":\"VOICE\"", "\"language\":\"en_GB\"");
        assertThat(call(v + "/verify_code").body()).contains("\"code\":\"" + code + "\"");
        assertThat(call(v).body()).isEqualTo("{\"pin\":\"" + PIN + "\"}");
        assertThat(call(v + "/register").body()).contains("\"pin\":\"" + PIN + "\"");
        assertThat(graph.journal().forPhoneNumber(NEW_LINE)).allSatisfy(e -> assertThat(e.status()).isEqualTo(200));
        assertThat(graph.journal().forPhoneNumber(NEW_LINE).get(4).queryParameter("fields")).contains(FIELDS);

        assertThat(graph.phoneNumberState(NEW_LINE)).isEqualTo(PhoneNumberState.REGISTERED);
        assertThat(graph.platformType(NEW_LINE)).isEqualTo(PlatformType.CLOUD_API);
        assertThat(graph.codeVerificationStatus(NEW_LINE)).isEqualTo(CodeVerificationStatus.VERIFIED);
        assertThat(graph.twoStepPin(NEW_LINE)).contains(PIN);

        assertThat(graph.journal().forBusinessAccount(DemoSeed.ACCOUNT_EU)).singleElement().satisfies(page -> {
            assertThat(page.path()).isEqualTo("/v23.0/" + DemoSeed.ACCOUNT_EU + "/phone_numbers");
            assertThat(page.queryParameter("fields")).contains(FIELDS);
        });
        int numbers = graph.phoneNumberIds(DemoSeed.ACCOUNT_EU).size();
        assertThat(output.getOut()).contains("Verification code requested for " + NEW_LINE)
                .contains("Registered " + NEW_LINE + " (fbtrace_id ")
                .contains(NEW_LINE + ": " + NEW_LINE + " +1 555-224-2940 (Demo Onboarding): CONNECTED, CLOUD_API, "
                          + "code VERIFIED")
                .contains("Business account " + DemoSeed.ACCOUNT_EU + ": " + numbers + " phone numbers")
                .contains("  " + DemoSeed.ON_PREMISES_LINE.id() + " +1 555-224-2943 (Demo Migration): CONNECTED, "
                          + "ON_PREMISE, code NOT_VERIFIED")
                .doesNotContain(PIN).doesNotContain(code).doesNotContain(DemoSeed.TOKEN);
    }
}
