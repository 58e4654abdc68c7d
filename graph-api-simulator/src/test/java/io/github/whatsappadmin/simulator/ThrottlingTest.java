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
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.github.whatsappadmin.simulator.GraphClient.error;
import static io.github.whatsappadmin.simulator.GraphClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThrottlingTest extends SimulatorTestSupport {

    @BeforeEach
    void setUp() {
        graph.token("good-token");
        graph.account("waba-1").phoneNumber("1001", PhoneNumberState.REGISTERED)
                .account("waba-2").phoneNumber("2001", PhoneNumberState.REGISTERED);
    }

    @Test
    void throttledAccountAnswers80007With400ByDefaultAndTheTimeToRegain() {
        graph.simulator().throttleAccount("waba-1", 80007, Duration.ofMinutes(7));

        HttpResponse<String> response = client.deregister("1001", "good-token");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(response)).containsEntry("code", 80007).containsEntry("message", "(#80007) Rate limit issues");
        assertThat(usageOf(response, "waba-1"))
                .containsEntry("estimated_time_to_regain_access", 7)
                .containsEntry("call_count", 100);
        assertThat(graph.phoneNumberState("1001")).isEqualTo(PhoneNumberState.REGISTERED);
        assertThat(graph.budgetUsed("1001")).isZero();
    }

    @Test
    void rateLimitStatusSwitchMakesIt429() {
        graph.simulator().rateLimitStatus(429).throttleAccount("waba-1", 80007, Duration.ofMinutes(7));

        assertThat(client.deregister("1001", "good-token").statusCode()).isEqualTo(429);
    }

    @Test
    void appLevelThrottleAnswersCode4Transient() {
        graph.simulator().rateLimitStatus(429).throttleAccount("waba-1", 4, Duration.ofMinutes(2));

        HttpResponse<String> response = client.deregister("1001", "good-token");

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(error(response)).containsEntry("code", 4)
                .containsEntry("message", "(#4) Application request limit reached")
                .containsEntry("is_transient", true);
        assertThat(usageOf(response, "waba-1")).containsEntry("estimated_time_to_regain_access", 2);
    }

    @Test
    void otherAccountsAreNotThrottled() {
        graph.simulator().throttleAccount("waba-1", 80007, Duration.ofMinutes(7));

        assertThat(client.deregister("2001", "good-token").statusCode()).isEqualTo(200);
    }

    @Test
    void throttleEndsWhenItsTimeHasPassed() {
        graph.simulator().throttleAccount("waba-1", 80007, Duration.ofMinutes(7));
        graph.clock().advance(Duration.ofMinutes(6).plusSeconds(30));
        assertThat(usageOf(client.deregister("1001", "good-token"), "waba-1"))
                .containsEntry("estimated_time_to_regain_access", 1);

        graph.clock().advance(Duration.ofSeconds(30));

        HttpResponse<String> response = client.deregister("1001", "good-token");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(usageOf(response, "waba-1")).containsEntry("estimated_time_to_regain_access", 0);
    }

    @Test
    void clearThrottleEndsItAtOnce() {
        graph.simulator().throttleAccount("waba-1", 80007, Duration.ofMinutes(7)).clearThrottle("waba-1");

        assertThat(client.deregister("1001", "good-token").statusCode()).isEqualTo(200);
    }

    @Test
    void onlyGraphsThrottlingCodesAndStatusesAreAccepted() {
        assertThatThrownBy(() -> graph.simulator().throttleAccount("waba-1", 130429, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> graph.simulator().rateLimitStatus(503))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> usageOf(HttpResponse<String> response, String account) {
        Map<String, Object> usage = json(response.headers().firstValue("x-business-use-case-usage").orElseThrow());
        return ((List<Map<String, Object>>) usage.get(account)).get(0);
    }
}
