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

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.github.whatsappadmin.simulator.GraphClient.error;
import static io.github.whatsappadmin.simulator.GraphClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaultsTest extends SimulatorTestSupport {

    private static final String DEREGISTER = "/v23.0/1001/deregister";
    private static final String BEARER = "Bearer good-token";

    @BeforeEach
    void setUp() {
        graph.token("good-token");
        graph.phoneNumber("1001", PhoneNumberState.REGISTERED);
    }

    @Test
    void http500AnswersAGraphEnvelopeCode1() {
        graph.faults().next(1, Fault.HTTP_500);

        HttpResponse<String> response = client.deregister("1001", "good-token");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(error(response)).containsEntry("code", 1)
                .containsEntry("message", "An unknown error has occurred.")
                .containsEntry("is_transient", false);
        assertThat(response.headers().firstValue("x-fb-trace-id")).isPresent();
        assertThat(graph.phoneNumberState("1001")).isEqualTo(PhoneNumberState.REGISTERED);
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"HTML_502", "HTML_503", "HTML_504"})
    void proxyFaultsAnswerAnHtmlPageWithoutGraphHeaders(Fault fault) {
        graph.faults().next(1, fault);

        HttpResponse<String> response = client.deregister("1001", "good-token");

        int status = Integer.parseInt(fault.name().substring(5));
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(response.body()).startsWith("<!DOCTYPE html>").contains("<title>" + status + " ");
        assertThat(response.headers().firstValue("x-fb-trace-id")).isEmpty();
        assertThat(response.headers().firstValue("Matched-Stub-Id")).isEmpty();
        assertThat(graph.phoneNumberState("1001")).isEqualTo(PhoneNumberState.REGISTERED);
        assertThat(graph.budgetUsed("1001")).isZero();
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"CONNECTION_RESET", "EMPTY_RESPONSE", "RANDOM_DATA_THEN_CLOSE",
            "MALFORMED_CHUNK"})
    void networkFaultsReachTheClientAsIOException(Fault fault) {
        graph.faults().next(1, fault);

        assertThatThrownBy(() -> client.send(DEREGISTER, BEARER, "{}")).isInstanceOf(IOException.class);

        assertThat(graph.phoneNumberState("1001")).isEqualTo(PhoneNumberState.REGISTERED);
        assertThat(graph.journal().entries()).singleElement()
                .satisfies(entry -> assertThat(entry.status()).isZero());
        assertThat(client.deregister("1001", "good-token").statusCode()).as("the next call is normal").isEqualTo(200);
    }

    @Test
    void slowBodyIsGraphsRealAnswerDribbledOverSeconds() throws IOException {
        graph.faults().next(1, Fault.SLOW_BODY);
        long start = System.nanoTime();

        HttpResponse<String> response = client.send(DEREGISTER, BEARER, "{}");

        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).isGreaterThanOrEqualTo(Fault.SLOW_BODY_DURATION.minusMillis(500));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response.body())).isEqualTo(Map.of("success", true));
        assertThat(graph.phoneNumberState("1001")).isEqualTo(PhoneNumberState.DEREGISTERED);
    }

    @Test
    void latencyDelaysEveryAnswer() {
        graph.faults().latency(Duration.ofMillis(300));

        for (int i = 0; i < 2; i++) {
            long start = System.nanoTime();
            client.deregister("1001", "good-token");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        }
    }

    @Test
    void nextFaultsApplyToThatManyRequestsOfAnyPathInOrder() {
        graph.faults().next(2, Fault.HTML_503).next(1, Fault.HTTP_500);

        assertThat(client.post("/v23.0/other/path", "good-token", "{}").statusCode()).isEqualTo(503);
        assertThat(client.deregister("1001", "good-token").statusCode()).isEqualTo(503);
        assertThat(client.deregister("1001", "good-token").statusCode()).isEqualTo(500);
        assertThat(graph.faults().pending()).isZero();
        assertThat(client.deregister("1001", "good-token").statusCode()).isEqualTo(200);
    }

    @Test
    void alwaysFaultStaysUntilCleared() {
        graph.faults().always(Fault.HTML_502);

        assertThat(client.deregister("1001", "good-token").statusCode()).isEqualTo(502);
        assertThat(client.deregister("1001", "good-token").statusCode()).isEqualTo(502);

        graph.faults().clear();
        assertThat(client.deregister("1001", "good-token").statusCode()).isEqualTo(200);
    }
}
