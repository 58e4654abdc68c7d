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
package io.github.whatsappadmin.simulator;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static io.github.whatsappadmin.simulator.GraphClient.error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResetTest {

    @Test
    void resetForgetsStateFaultsJournalClockAndSwitches() {
        try (GraphApiSimulator sim = GraphApiSimulator.create().start()) {
            GraphClient client = new GraphClient(sim.baseUrl());
            sim.account("waba-1").phoneNumber("1001", PhoneNumberState.REGISTERED);
            sim.token("good-token").notFoundStyle(NotFoundStyle.OPENAPI).rateLimitStatus(429)
                    .throttleAccount("waba-1", 80007, Duration.ofMinutes(5));
            sim.faults().latency(Duration.ofMillis(50)).always(Fault.HTML_502);
            sim.clock().advance(Duration.ofDays(10));
            client.deregister("1001", "good-token");

            sim.reset();

            assertThat(sim.journal().count()).isZero();
            assertThat(sim.faults().pending()).isZero();
            assertThat(sim.clock().now()).isBefore(Instant.now().plus(Duration.ofDays(1)));
            assertThatThrownBy(() -> sim.phoneNumberState("1001")).isInstanceOf(IllegalArgumentException.class);
            assertThat(error(client.deregister("1001", "good-token"))).as("token forgotten").containsEntry("code", 190);
            sim.token("good-token");
            var notFound = client.deregister("1001", "good-token");
            assertThat(notFound.statusCode()).as("GRAPH style again, no fault").isEqualTo(400);
            assertThat(error(notFound)).containsEntry("error_subcode", 33);
            sim.account("waba-1").phoneNumber("1001", PhoneNumberState.REGISTERED);
            assertThat(client.deregister("1001", "good-token").statusCode()).as("throttle gone").isEqualTo(200);
        }
    }
}
