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
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.github.whatsappadmin.simulator.GraphClient.error;
import static io.github.whatsappadmin.simulator.GraphClient.json;
import static org.assertj.core.api.Assertions.assertThat;

class GetPhoneNumberTest extends SimulatorTestSupport {

    private static final String ALL_FIELDS = "id,display_phone_number,verified_name,quality_rating,"
                                             + "code_verification_status,name_status,status,platform_type,throughput,messaging_limit_tier,account_mode";

    @BeforeEach
    void setUp() {
        graph.token("good-token");
        graph.account("waba-1").phoneNumber("106540352242922", PhoneNumberState.REGISTERED);
    }

    @Test
    void withoutFieldsMetasDefaultFieldsComeBack() {
        HttpResponse<String> response = client.getPhoneNumber("106540352242922", "good-token", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response.body())).containsExactly(
                Map.entry("id", "106540352242922"),
                Map.entry("display_phone_number", "+1 555-224-2922"),
                Map.entry("verified_name", "Simulated Business"),
                Map.entry("quality_rating", "GREEN"));
    }

    @Test
    void exactlyTheFieldsAskedForComeBackPlusTheIdGraphAlwaysAdds() {
        HttpResponse<String> response =
                client.getPhoneNumber("106540352242922", "good-token", "status,platform_type,status");

        assertThat(json(response.body())).containsExactly(
                Map.entry("status", "CONNECTED"),
                Map.entry("platform_type", "CLOUD_API"),
                Map.entry("id", "106540352242922"));
    }

    @Test
    void everyFieldShowsTheNumbersState() {
        graph.phoneNumberSetup("106540352242922").displayPhoneNumber("+49 30 1234567").verifiedName("Jasper's Market")
                .qualityRating("YELLOW").nameStatus("PENDING_REVIEW").throughputLevel("HIGH")
                .messagingLimitTier("TIER_10K").accountMode("SANDBOX");

        HttpResponse<String> response = client.getPhoneNumber("106540352242922", "good-token", ALL_FIELDS);

        assertThat(json(response.body())).containsExactly(
                Map.entry("id", "106540352242922"),
                Map.entry("display_phone_number", "+49 30 1234567"),
                Map.entry("verified_name", "Jasper's Market"),
                Map.entry("quality_rating", "YELLOW"),
                Map.entry("code_verification_status", "VERIFIED"),
                Map.entry("name_status", "PENDING_REVIEW"),
                Map.entry("status", "CONNECTED"),
                Map.entry("platform_type", "CLOUD_API"),
                Map.entry("throughput", Map.of("level", "HIGH")),
                Map.entry("messaging_limit_tier", "TIER_10K"),
                Map.entry("account_mode", "SANDBOX"));
    }

    @Test
    void statusAndPlatformFollowTheLifecycle() {
        String fields = "status,platform_type,code_verification_status";
        graph.account("waba-1").phoneNumber("1002", PhoneNumberState.DEREGISTERED)
                .phoneNumber("1003", PhoneNumberState.DEREGISTERED)
                .phoneNumber("1004", PhoneNumberState.NOT_LINKED)
                .phoneNumber("1005", PhoneNumberState.SMB_APP)
                .phoneNumber("1006", PhoneNumberState.REGISTERED);
        graph.phoneNumberSetup("1003").codeVerificationStatus(CodeVerificationStatus.NOT_VERIFIED);
        graph.phoneNumberSetup("1006").platformType(PlatformType.ON_PREMISE);

        assertThat(json(client.getPhoneNumber("1002", "good-token", fields).body()))
                .containsEntry("status", "DISCONNECTED").containsEntry("platform_type", "NOT_APPLICABLE")
                .containsEntry("code_verification_status", "VERIFIED");
        assertThat(json(client.getPhoneNumber("1003", "good-token", fields).body()))
                .containsEntry("status", "PENDING").containsEntry("code_verification_status", "NOT_VERIFIED");
        assertThat(json(client.getPhoneNumber("1004", "good-token", fields).body()))
                .containsEntry("status", "UNLINKED");
        assertThat(json(client.getPhoneNumber("1005", "good-token", fields).body()))
                .containsEntry("status", "CONNECTED").containsEntry("platform_type", "NOT_APPLICABLE");
        assertThat(json(client.getPhoneNumber("1006", "good-token", fields).body()))
                .containsEntry("platform_type", "ON_PREMISE");
    }

    @Test
    void aReadSeesADeregistrationAtOnce() {
        client.deregister("106540352242922", "good-token");

        assertThat(json(client.getPhoneNumber("106540352242922", "good-token", "status").body()))
                .containsEntry("status", "DISCONNECTED");
    }

    @Test
    void anUnknownFieldAnswers400Code100NamingIt() {
        HttpResponse<String> response = client.getPhoneNumber("106540352242922", "good-token", "status,colour");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(response)).containsEntry("code", 100).containsEntry("type", "OAuthException")
                .containsEntry("message",
                        "(#100) Tried accessing nonexisting field (colour) on node type (WhatsAppBusinessPhoneNumber)");
    }

    @Test
    void anUnknownNumberAnswersNotFoundForAGet() {
        HttpResponse<String> graphStyle = client.getPhoneNumber("999", "good-token", null);
        graph.simulator().notFoundStyle(NotFoundStyle.OPENAPI);
        HttpResponse<String> openApiStyle = client.getPhoneNumber("999", "good-token", null);

        assertThat(graphStyle.statusCode()).isEqualTo(400);
        assertThat(error(graphStyle)).containsEntry("error_subcode", 33);
        assertThat((String) error(graphStyle).get("message"))
                .startsWith("Unsupported get request. Object with ID '999'");
        assertThat(openApiStyle.statusCode()).isEqualTo(404);
        assertThat(error(openApiStyle)).containsEntry("code", 803);
    }

    @Test
    void theTokenAndItsScopeAreChecked() {
        graph.token("scoped", TokenState.VALID, "waba-2");
        graph.token("old", TokenState.EXPIRED);

        assertThat(client.getPhoneNumber("106540352242922", null, null).statusCode()).isEqualTo(401);
        assertThat(error(client.getPhoneNumber("106540352242922", "old", null))).containsEntry("error_subcode", 463);
        assertThat(error(client.getPhoneNumber("106540352242922", "scoped", null))).containsEntry("code", 200);
    }

    @Test
    void throttlesAndTransientErrorsApplyToReadsToo() {
        graph.simulator().throttleAccount("waba-1", 80007, Duration.ofMinutes(1));
        assertThat(error(client.getPhoneNumber("106540352242922", "good-token", null))).containsEntry("code", 80007);
        graph.simulator().clearThrottle("waba-1").transientErrors("106540352242922", 1);
        assertThat(client.getPhoneNumber("106540352242922", "good-token", null).statusCode()).isEqualTo(500);

        assertThat(client.getPhoneNumber("106540352242922", "good-token", null).statusCode()).isEqualTo(200);
    }

    @Test
    void aReadChangesNothingAndIsJournaledWithItsQuery() {
        client.getPhoneNumber("106540352242922", "good-token", "status,platform_type");

        assertThat(graph.budgetUsed("106540352242922")).isZero();
        assertThat(graph.journal().forPhoneNumber("106540352242922")).singleElement().satisfies(entry -> {
            assertThat(entry.method()).isEqualTo("GET");
            assertThat(entry.path()).isEqualTo("/v23.0/106540352242922");
            assertThat(entry.query()).isEqualTo("fields=status,platform_type");
            assertThat(entry.queryParameter("fields")).hasValue("status,platform_type");
            assertThat(entry.body()).isEmpty();
            assertThat(entry.status()).isEqualTo(200);
            assertThat(entry.sentToken("good-token")).isTrue();
        });
        assertThat(graph.phoneNumberState("106540352242922")).isEqualTo(PhoneNumberState.REGISTERED);
    }
}
