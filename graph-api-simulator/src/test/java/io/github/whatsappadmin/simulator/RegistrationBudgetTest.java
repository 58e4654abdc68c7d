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
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.github.whatsappadmin.simulator.GraphClient.error;
import static org.assertj.core.api.Assertions.assertThat;

class RegistrationBudgetTest extends SimulatorTestSupport {

    @BeforeEach
    void setUp() {
        graph.token("good-token");
        graph.account("waba-1").phoneNumber("1001", PhoneNumberState.REGISTERED);
    }

    @Test
    void everyRegistrationRequestForAKnownNumberCountsSuccessfulOrNot() {
        client.deregister("1001", "good-token");   // 200
        client.deregister("1001", "good-token");   // 133010, still counted

        assertThat(graph.budgetUsed("1001")).isEqualTo(2);
    }

    @Test
    void eleventhRequestIn72HoursAnswers133016WithStringErrorData() {
        graph.phoneNumber("1001", PhoneNumberState.DEREGISTERED);
        for (int i = 0; i < 10; i++) {
            assertThat(error(client.deregister("1001", "good-token"))).containsEntry("code", 133010);
        }

        HttpResponse<String> eleventh = client.deregister("1001", "good-token");

        assertThat(eleventh.statusCode()).isEqualTo(400);
        assertThat(error(eleventh))
                .containsEntry("code", 133016)
                .containsEntry("message", "(#133016) Account register/deregister rate limit exceeded")
                .containsEntry("is_transient", false);
        assertThat(error(eleventh).get("error_data")).isInstanceOf(String.class);
        assertThat((String) error(eleventh).get("error_data")).contains("blocked until");
    }

    @Test
    void blockedNumberStaysBlockedEvenInStateThatWouldSucceed() {
        graph.simulator().consumeBudget("1001", 10);
        assertThat(error(client.deregister("1001", "good-token"))).containsEntry("code", 133016);

        graph.clock().advance(Duration.ofHours(71));

        assertThat(error(client.deregister("1001", "good-token"))).containsEntry("code", 133016);
        assertThat(graph.phoneNumberState("1001")).isEqualTo(PhoneNumberState.REGISTERED);
    }

    @Test
    void advancingTheClock72HoursRestoresTheBudget() {
        graph.simulator().consumeBudget("1001", 10);
        assertThat(error(client.deregister("1001", "good-token"))).containsEntry("code", 133016);

        graph.clock().advance(Duration.ofHours(72));

        assertThat(graph.budgetUsed("1001")).isZero();
        assertThat(client.deregister("1001", "good-token").statusCode()).isEqualTo(200);
    }

    @Test
    void windowMovesRequestByRequest() {
        graph.simulator().consumeBudget("1001", 9);
        graph.clock().advance(Duration.ofHours(24));
        graph.simulator().consumeBudget("1001", 1);
        graph.clock().advance(Duration.ofHours(48).plusSeconds(1));

        assertThat(graph.budgetUsed("1001")).isEqualTo(1);
        assertThat(client.deregister("1001", "good-token").statusCode()).isEqualTo(200);
    }

    @Test
    void registerAndDeregisterShareTheBudget() {
        for (int i = 0; i < 5; i++) {
            assertThat(client.deregister("1001", "good-token").statusCode()).isEqualTo(200);
            assertThat(client.register("1001", "good-token", "123456").statusCode()).isEqualTo(200);
        }
        assertThat(graph.budgetUsed("1001")).isEqualTo(10);

        assertThat(error(client.register("1001", "good-token", "123456"))).containsEntry("code", 133016);
        assertThat(error(client.deregister("1001", "good-token"))).containsEntry("code", 133016);
    }

    @Test
    void budgetIsPerNumber() {
        graph.account("waba-1").phoneNumber("1002", PhoneNumberState.REGISTERED);
        graph.simulator().consumeBudget("1001", 10);

        assertThat(client.deregister("1002", "good-token").statusCode()).isEqualTo(200);
    }
}
