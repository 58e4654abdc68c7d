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
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.github.whatsappadmin.simulator.GraphClient.error;
import static io.github.whatsappadmin.simulator.GraphClient.json;
import static org.assertj.core.api.Assertions.assertThat;

class DeregisterTest extends SimulatorTestSupport {

    @BeforeEach
    void setUp() {
        graph.token("good-token");
    }

    @Test
    void deregisterOfRegisteredNumberSucceedsAndChangesItsState() {
        graph.account("waba-1").phoneNumber("1001", PhoneNumberState.REGISTERED);

        HttpResponse<String> response = client.deregister("1001", "good-token");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response.body())).isEqualTo(Map.of("success", true));
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(graph.phoneNumberState("1001")).isEqualTo(PhoneNumberState.DEREGISTERED);
    }

    @Test
    void emptyBodyIsAcceptedToo() {
        graph.phoneNumber("1001", PhoneNumberState.REGISTERED);

        assertThat(client.post("/v23.0/1001/deregister", "good-token", "").statusCode()).isEqualTo(200);
    }

    @Test
    void everyAnswerCarriesGraphHeaders() {
        graph.account("waba-1").phoneNumber("1001", PhoneNumberState.REGISTERED);

        for (HttpResponse<String> response : List.of(client.deregister("1001", "good-token"),
                client.deregister("1001", "good-token"), client.deregister("1001", null))) {
            assertThat(response.headers().firstValue("x-fb-trace-id").orElseThrow()).matches("[A-Za-z0-9]{11}");
            assertThat(response.headers().firstValue("x-fb-request-id")).isPresent();
            assertThat(response.headers().firstValue("x-fb-debug")).isPresent();
            assertThat(response.headers().firstValue("facebook-api-version")).hasValue("v23.0");
            assertThat(response.headers().firstValue("x-app-usage")).hasValueSatisfying(
                    usage -> assertThat(json(usage)).containsKeys("call_count", "total_cputime", "total_time"));
            assertThat(response.headers().firstValue("x-business-use-case-usage")).isPresent();
            assertThat(response.headers().map().keySet()).as("nothing Graph would not send")
                    .noneMatch(name -> name.toLowerCase(java.util.Locale.ROOT).startsWith("matched-stub"));
        }
    }

    @Test
    void businessUseCaseUsageNamesTheAccountAndCountsCalls() {
        graph.account("waba-1").phoneNumber("1001", PhoneNumberState.REGISTERED);
        client.deregister("1001", "good-token");

        HttpResponse<String> second = client.deregister("1001", "good-token");

        Map<String, Object> usage = json(second.headers().firstValue("x-business-use-case-usage").orElseThrow());
        assertThat(usage).containsOnlyKeys("waba-1");
        @SuppressWarnings("unchecked")
        Map<String, Object> entry = ((List<Map<String, Object>>) usage.get("waba-1")).get(0);
        assertThat(entry).containsEntry("type", "whatsapp_business_management")
                .containsEntry("call_count", 2)
                .containsEntry("estimated_time_to_regain_access", 0)
                .containsKeys("total_cputime", "total_time");
    }

    @Test
    void fbtraceIdInTheBodyIsTheOneInTheHeader() {
        graph.phoneNumber("1001", PhoneNumberState.DEREGISTERED);

        HttpResponse<String> response = client.deregister("1001", "good-token");

        assertThat(error(response).get("fbtrace_id"))
                .isEqualTo(response.headers().firstValue("x-fb-trace-id").orElseThrow());
    }

    @Test
    void repeatedDeregisterAnswers133010AccountNotRegistered() {
        graph.phoneNumber("1001", PhoneNumberState.REGISTERED);
        client.deregister("1001", "good-token");

        HttpResponse<String> again = client.deregister("1001", "good-token");

        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(error(again))
                .containsEntry("message", "(#133010) Account not registered")
                .containsEntry("type", "OAuthException")
                .containsEntry("code", 133010)
                .containsEntry("is_transient", false)
                .containsKeys("error_user_title", "error_user_msg", "fbtrace_id")
                .doesNotContainKey("error_subcode")
                .containsEntry("error_data", Map.of("messaging_product", "whatsapp",
                        "details", "The phone number is not registered on the WhatsApp Business Platform."));
        assertThat(graph.phoneNumberState("1001")).isEqualTo(PhoneNumberState.DEREGISTERED);
    }

    @Test
    void smbAppNumberCannotBeDeregistered() {
        graph.phoneNumber("1002", PhoneNumberState.SMB_APP);

        HttpResponse<String> response = client.deregister("1002", "good-token");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(response)).containsEntry("code", 100);
        assertThat((String) error(response).get("message")).contains("not available for").contains("SMB businesses");
        assertThat(graph.phoneNumberState("1002")).isEqualTo(PhoneNumberState.SMB_APP);
    }

    @Test
    void numberNotLinkedAnswersCode100NotCurrentlyLinked() {
        graph.phoneNumber("1003", PhoneNumberState.NOT_LINKED);

        HttpResponse<String> response = client.deregister("1003", "good-token");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(response)).containsEntry("code", 100);
        assertThat((String) error(response).get("message")).contains("not currently linked");
    }

    @Test
    void unknownNumberAnswersGraphStyleNotFoundByDefault() {
        HttpResponse<String> response = client.deregister("999", "good-token");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(response))
                .containsEntry("type", "GraphMethodException")
                .containsEntry("code", 100)
                .containsEntry("error_subcode", 33);
        assertThat((String) error(response).get("message")).startsWith(
                "Unsupported post request. Object with ID '999' does not exist, cannot be loaded due to missing"
                                                                       + " permissions, or does not support this operation");
        assertThat(response.headers().firstValue("x-business-use-case-usage")).hasValue("{}");
    }

    @Test
    void unknownNumberAnswersOpenApiStyleNotFoundWhenSwitched() {
        graph.simulator().notFoundStyle(NotFoundStyle.OPENAPI);

        HttpResponse<String> response = client.deregister("999", "good-token");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(error(response))
                .containsEntry("code", 803)
                .containsEntry("message", "(#803) Some of the aliases you requested do not exist: 999")
                .doesNotContainKey("error_subcode");
    }

    @Test
    void malformedVersionAnswersUnknownPathComponents() {
        graph.phoneNumber("1001", PhoneNumberState.REGISTERED);

        HttpResponse<String> response = client.post("/23.0/1001/deregister", "good-token", "{}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(response)).containsEntry("code", 2500)
                .containsEntry("message", "Unknown path components: /23.0/1001/deregister");
        assertThat(response.headers().firstValue("facebook-api-version")).hasValue("v23.0");
        assertThat(graph.phoneNumberState("1001")).isEqualTo(PhoneNumberState.REGISTERED);
    }

    @Test
    void requestedVersionIsEchoedInFacebookApiVersion() {
        graph.phoneNumber("1001", PhoneNumberState.REGISTERED);

        HttpResponse<String> response = client.post("/v21.0/1001/deregister", "good-token", "{}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("facebook-api-version")).hasValue("v21.0");
    }

    @Test
    void unknownEdgeAnswersUnknownPathComponents() {
        graph.phoneNumber("1001", PhoneNumberState.REGISTERED);

        HttpResponse<String> response = client.post("/v23.0/1001/unregister", "good-token", "{}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(response)).containsEntry("code", 2500);
    }

    @Test
    void stateSetBetweenCallsIsSeenAtOnce() {
        graph.phoneNumber("1001", PhoneNumberState.REGISTERED);
        client.deregister("1001", "good-token");

        graph.phoneNumber("1001", PhoneNumberState.REGISTERED);

        assertThat(client.deregister("1001", "good-token").statusCode()).isEqualTo(200);
    }

    @Test
    void notRegisteredAnswersTheOpenApiFormWhenSwitched() {
        graph.simulator().notRegisteredStyle(NotRegisteredStyle.OPENAPI);
        graph.phoneNumber("1001", PhoneNumberState.DEREGISTERED);

        HttpResponse<String> response = client.deregister("1001", "good-token");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(response))
                .containsEntry("code", 100)
                .containsEntry("error_subcode", 2207051)
                .containsEntry("type", "OAuthException")
                .containsEntry("message", "Phone number not registered on the WhatsApp Business Platform.");
        assertThat(graph.budgetUsed("1001")).isEqualTo(1);
    }

    @Test
    void onPremisesNumberCannotBeDeregisteredInItsCurrentState() {
        graph.phoneNumber("1001", PhoneNumberState.REGISTERED);
        graph.phoneNumberSetup("1001").platformType(PlatformType.ON_PREMISE);

        HttpResponse<String> response = client.deregister("1001", "good-token");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(error(response))
                .containsEntry("code", 100)
                .containsEntry("type", "GraphMethodException")
                .containsEntry("message", "The phone number cannot be deregistered in its current state")
                .doesNotContainKey("error_subcode");
        assertThat(graph.phoneNumberState("1001")).isEqualTo(PhoneNumberState.REGISTERED);
        assertThat(graph.platformType("1001")).isEqualTo(PlatformType.ON_PREMISE);
        assertThat(graph.budgetUsed("1001")).isEqualTo(1);
    }

    @Test
    void deregisterTakesTheNumberOffTheCloudApi() {
        graph.phoneNumber("1001", PhoneNumberState.REGISTERED);
        assertThat(graph.platformType("1001")).isEqualTo(PlatformType.CLOUD_API);

        client.deregister("1001", "good-token");

        assertThat(graph.platformType("1001")).isEqualTo(PlatformType.NOT_APPLICABLE);
    }

    @Test
    void getOnTheDeregisterEdgeIsAnUnknownPath() {
        graph.phoneNumber("1001", PhoneNumberState.REGISTERED);

        HttpResponse<String> response = client.get("/v23.0/1001/deregister", "good-token");

        assertThat(error(response)).containsEntry("code", 2500);
        assertThat(graph.phoneNumberState("1001")).isEqualTo(PhoneNumberState.REGISTERED);
    }
}
