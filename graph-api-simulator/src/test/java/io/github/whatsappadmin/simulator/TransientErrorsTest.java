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

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.github.whatsappadmin.simulator.GraphClient.error;
import static org.assertj.core.api.Assertions.assertThat;

class TransientErrorsTest extends SimulatorTestSupport {

    @BeforeEach
    void setUp() {
        graph.token("good-token");
        graph.phoneNumber("1001", PhoneNumberState.REGISTERED);
    }

    @Test
    void transientErrorsAnswer500Code2ThenTheCallSucceeds() {
        graph.simulator().transientErrors("1001", 2);

        for (int i = 0; i < 2; i++) {
            HttpResponse<String> failed = client.deregister("1001", "good-token");
            assertThat(failed.statusCode()).isEqualTo(500);
            assertThat(error(failed)).containsEntry("code", 2).containsEntry("is_transient", true);
            assertThat(graph.phoneNumberState("1001")).isEqualTo(PhoneNumberState.REGISTERED);
        }

        assertThat(client.deregister("1001", "good-token").statusCode()).isEqualTo(200);
        assertThat(graph.phoneNumberState("1001")).isEqualTo(PhoneNumberState.DEREGISTERED);
        assertThat(graph.budgetUsed("1001")).as("transient failures are not counted").isEqualTo(1);
    }

    @Test
    void incompleteDeregistrationAnswers500Code133000AndLeavesTheNumberRegistered() {
        graph.simulator().incompleteDeregistration("1001", 1);

        HttpResponse<String> failed = client.deregister("1001", "good-token");

        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(error(failed)).containsEntry("code", 133000)
                .containsEntry("message", "(#133000) Incomplete deregistration");
        assertThat(graph.phoneNumberState("1001")).isEqualTo(PhoneNumberState.REGISTERED);

        assertThat(client.deregister("1001", "good-token").statusCode()).isEqualTo(200);
        assertThat(graph.budgetUsed("1001")).as("both attempts reached the number").isEqualTo(2);
    }

    @Test
    void incompleteDeregistrationDoesNotAffectRegister() {
        graph.phoneNumber("1001", PhoneNumberState.DEREGISTERED);
        graph.simulator().incompleteDeregistration("1001", 1);

        assertThat(client.register("1001", "good-token", "123456").statusCode()).isEqualTo(200);
    }
}
