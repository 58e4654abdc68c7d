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
import java.util.Properties;

import io.github.whatsappadmin.camel.WhatsAppAdminComponent;
import io.github.whatsappadmin.camel.WhatsAppAdminConfiguration;
import io.github.whatsappadmin.simulator.GraphApiSimulator;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code graph} profile is the one switch to the real Graph API: no embedded simulator, the real base URL, the
 * token from the environment. The test reads the base URL from the profile's file and runs the application against a
 * simulator of its own on loopback instead, so nothing can reach Graph even if the route were triggered.
 */
@SpringBootTest(properties = {"offboarding.trigger=direct:never", "spring.main.keep-alive=false",
        "camel.main.duration-max-idle-seconds=0", "WHATSAPP_ACCESS_TOKEN=EAAGfromTheEnvironment",
        "WHATSAPP_PHONE_NUMBER_IDS=106540352242922"})
@ActiveProfiles("graph")
class GraphProfileTest {

    private static final GraphApiSimulator STAND_IN = GraphApiSimulator.create().start();

    @DynamicPropertySource
    static void graphStandIn(DynamicPropertyRegistry registry) {
        registry.add("camel.component.whatsapp-admin.base-url", STAND_IN::baseUrl);
    }

    @AfterAll
    static void stopStandIn() {
        STAND_IN.close();
    }

    @Autowired
    ApplicationContext applicationContext;

    @Autowired
    CamelContext camelContext;

    @Test
    void graphProfilePointsAtTheRealGraphApi() throws IOException {
        Properties profile = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application-graph.properties"));

        assertThat(profile.getProperty("camel.component.whatsapp-admin.base-url"))
                .isEqualTo(WhatsAppAdminConfiguration.DEFAULT_BASE_URL);
        assertThat(profile.getProperty("offboarding.simulator.enabled")).isEqualTo("false");
    }

    @Test
    void graphProfileOnlyOffboards() {
        assertThat(camelContext.getRoute("offboard")).isNotNull();
        assertThat(camelContext.getRoute("onboard")).as("no code to verify a number with: no onboarding").isNull();
        assertThat(camelContext.getRoute("list-numbers")).isNull();
    }

    @Test
    void graphProfileTurnsTheSimulatorOffAndTakesTheTokenFromTheEnvironment() {
        assertThat(applicationContext.getBeanNamesForType(GraphApiSimulator.class)).isEmpty();
        WhatsAppAdminComponent component = camelContext.getComponent("whatsapp-admin", WhatsAppAdminComponent.class);
        assertThat(component.getConfiguration().getBaseUrl()).isEqualTo(STAND_IN.baseUrl());
        assertThat(component.getConfiguration().getAccessToken()).isEqualTo("EAAGfromTheEnvironment");
    }
}
