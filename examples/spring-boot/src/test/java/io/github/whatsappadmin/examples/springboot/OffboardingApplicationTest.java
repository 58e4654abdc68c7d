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
import java.net.InetAddress;
import java.net.ServerSocket;

import io.github.whatsappadmin.simulator.DemoSeed;
import io.github.whatsappadmin.simulator.GraphApiSimulator;
import io.github.whatsappadmin.simulator.JournalEntry;
import io.github.whatsappadmin.simulator.PhoneNumberState;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example as shipped (application.properties, the demo seed), except that the test triggers the route itself and
 * the application does not stop on its own.
 */
@SpringBootTest(properties = {"offboarding.trigger=direct:offboard", "onboarding.trigger=direct:onboard",
        "spring.main.keep-alive=false", "camel.main.duration-max-idle-seconds=0"})
class OffboardingApplicationTest {

    @DynamicPropertySource
    static void freePort(DynamicPropertyRegistry registry) throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = socket.getLocalPort();
            registry.add("offboarding.simulator.port", () -> port);
        }
    }

    @Autowired
    ProducerTemplate template;

    @Autowired
    GraphApiSimulator graph;

    @Value("${camel.component.whatsapp-admin.base-url}")
    String baseUrl;

    @Test
    void byDefaultTheExampleTalksToTheEmbeddedSimulatorOnly() {
        assertThat(baseUrl).isEqualTo(graph.baseUrl()).startsWith("http://localhost:");
    }

    @Test
    void offboardingDeregistersWhatCanBeAndRetriesOnlyTransientFailures() {
        template.sendBody("direct:offboard", null);

        assertThat(graph.phoneNumberState(DemoSeed.SUPPORT_BERLIN.id())).isEqualTo(PhoneNumberState.DEREGISTERED);
        assertThat(graph.phoneNumberState(DemoSeed.SALES_NEW_YORK.id())).isEqualTo(PhoneNumberState.DEREGISTERED);
        assertThat(graph.phoneNumberState(DemoSeed.UNSTABLE.id())).isEqualTo(PhoneNumberState.DEREGISTERED);
        assertThat(graph.phoneNumberState(DemoSeed.HALF_MIGRATED.id())).isEqualTo(PhoneNumberState.DEREGISTERED);
        assertThat(graph.phoneNumberState(DemoSeed.FLAPPING_TEST.id())).isEqualTo(PhoneNumberState.REGISTERED);
        assertThat(graph.phoneNumberState(DemoSeed.SHOP_APP.id())).isEqualTo(PhoneNumberState.SMB_APP);
        assertThat(graph.phoneNumberState(DemoSeed.PARTNER.id())).isEqualTo(PhoneNumberState.REGISTERED);

        assertThat(graph.journal().forPhoneNumber(DemoSeed.UNSTABLE.id())).as("two 500s, then success").hasSize(3);
        assertThat(graph.journal().forPhoneNumber(DemoSeed.HALF_MIGRATED.id())).hasSize(2);
        assertThat(graph.journal().forPhoneNumber(DemoSeed.FLAPPING_TEST.id())).as("not retryable").hasSize(1);
        assertThat(graph.journal().forPhoneNumber(DemoSeed.PARTNER.id())).hasSize(1);
        assertThat(graph.journal().forPhoneNumber(DemoSeed.MISTYPED.id())).hasSize(1);
        assertThat(graph.journal().entries()).extracting(JournalEntry::path)
                .allMatch(path -> path.startsWith("/v23.0/") && path.endsWith("/deregister"));
    }
}
