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
package io.github.whatsappadmin.examples.yaml;

import java.util.List;

import io.github.whatsappadmin.simulator.DemoSeed;
import io.github.whatsappadmin.simulator.GraphApiSimulator;
import io.github.whatsappadmin.simulator.JournalEntry;
import io.github.whatsappadmin.simulator.PhoneNumberState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The YAML route, loaded by Camel Main from application.properties as the example runs it, calls Graph as meant. */
class YamlExampleTest {

    @Test
    @Timeout(120)
    void yamlRouteDeregistersEachListedNumberOnceThroughTheComponent() throws Exception {
        try (GraphApiSimulator simulator = DemoSeed.apply(GraphApiSimulator.create().start())) {
            YamlExample.runAgainst(simulator);

            // the onboarding routes run beside it, on numbers of their own
            List<JournalEntry> requests = simulator.journal().entries().stream()
                    .filter(request -> request.path().endsWith("/deregister")).toList();
            assertThat(requests).extracting(JournalEntry::method, JournalEntry::path).containsExactly(
                    tuple("POST", "/v23.0/" + DemoSeed.SUPPORT_BERLIN.id() + "/deregister"),
                    tuple("POST", "/v23.0/" + DemoSeed.OLD_CAMPAIGN.id() + "/deregister"),
                    tuple("POST", "/v23.0/" + DemoSeed.MISTYPED.id() + "/deregister"));
            assertThat(requests).allSatisfy(request -> {
                assertThat(request.header("Authorization")).hasValueSatisfying(
                        value -> assertThat(value).startsWith("Bearer "));
                assertThat(request.header("User-Agent")).hasValueSatisfying(
                        value -> assertThat(value).startsWith("camel-whatsapp-admin/"));
            });
            assertThat(requests).extracting(JournalEntry::status).containsExactly(200, 400, 400);
            assertThat(simulator.journal().entries()).filteredOn(request -> request.method().equals("POST"))
                    .extracting(JournalEntry::phoneNumberId).extracting(id -> id.orElseThrow())
                    .containsOnly(DemoSeed.SUPPORT_BERLIN.id(), DemoSeed.OLD_CAMPAIGN.id(), DemoSeed.MISTYPED.id(),
                            DemoSeed.NEW_LINE.id());
            // The token placeholder reached the component: the simulator accepted the demo token.
            assertThat(simulator.phoneNumberState(DemoSeed.SUPPORT_BERLIN.id()))
                    .isEqualTo(PhoneNumberState.DEREGISTERED);
        }
    }
}
