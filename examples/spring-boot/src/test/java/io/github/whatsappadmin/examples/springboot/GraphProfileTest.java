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

import io.github.whatsappadmin.camel.WhatsAppAdminComponent;
import io.github.whatsappadmin.simulator.GraphApiSimulator;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code graph} profile is the one switch to the real Graph API: no simulator, the real base URL, the token from
 * the environment. The route is never triggered here, so nothing is sent.
 */
@SpringBootTest(properties = {"offboarding.trigger=direct:never", "spring.main.keep-alive=false",
        "camel.main.duration-max-idle-seconds=0", "WHATSAPP_ACCESS_TOKEN=EAAGfromTheEnvironment",
        "WHATSAPP_PHONE_NUMBER_IDS=106540352242922"})
@ActiveProfiles("graph")
class GraphProfileTest {

    @Autowired
    ApplicationContext applicationContext;

    @Autowired
    CamelContext camelContext;

    @Test
    void graphProfileTurnsTheSimulatorOffAndPointsTheComponentAtGraph() {
        assertThat(applicationContext.getBeanNamesForType(GraphApiSimulator.class)).isEmpty();
        WhatsAppAdminComponent component = camelContext.getComponent("whatsapp-admin", WhatsAppAdminComponent.class);
        assertThat(component.getConfiguration().getBaseUrl()).isEqualTo("https://graph.facebook.com");
        assertThat(component.getConfiguration().getAccessToken()).isEqualTo("EAAGfromTheEnvironment");
    }
}
