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
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.github.whatsappadmin.simulator.GraphClient.error;
import static io.github.whatsappadmin.simulator.GraphClient.json;
import static org.assertj.core.api.Assertions.assertThat;

class RequestCodeTest extends SimulatorTestSupport {

    @BeforeEach
    void setUp() {
        graph.token("good-token");
        graph.account("waba-1").phoneNumber("1001", PhoneNumberState.DEREGISTERED);
        graph.phoneNumberSetup("1001").codeVerificationStatus(CodeVerificationStatus.NOT_VERIFIED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SMS", "VOICE"})
    void requestCodeIssuesASixDigitCodeTheTestCanRead(String codeMethod) {
        HttpResponse<String> response = client.requestCode("1001", "good-token", codeMethod, "en_US");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response.body())).isEqualTo(Map.of("success", true));
        assertThat(graph.lastVerificationCode("1001")).hasValueSatisfying(code -> assertThat(code).matches("\\d{6}"));
        assertThat(graph.codeVerificationStatus("1001")).as("not verified until verify_code")
                .isEqualTo(CodeVerificationStatus.NOT_VERIFIED);
        assertThat(graph.budgetUsed("1001")).as("not a register/deregister request").isZero();
    }

    @Test
    void noCodeBeforeOneIsRequested() {
        assertThat(graph.lastVerificationCode("1001")).isEmpty();
    }

    @Test
    void aNewRequestReplacesTheCode() {
        client.requestCode("1001", "good-token", "SMS", "en_US");
        String first = graph.lastVerificationCode("1001").orElseThrow();
        String second = first;
        // Two random codes may be equal; ask until they differ (bounded: a repeat is one in a million).
        for (int i = 0; i < 5 && second.equals(first); i++) {
            client.requestCode("1001", "good-token", "VOICE", "de_DE");
            second = graph.lastVerificationCode("1001").orElseThrow();
        }

        assertThat(second).isNotEqualTo(first);
        assertThat(client.verifyCode("1001", "good-token", first).statusCode()).isEqualTo(422);
        assertThat(client.verifyCode("1001", "good-token", second).statusCode()).isEqualTo(200);
    }

    @Test
    void theCodeNeverAppearsInAnAnswerOrTheJournal() {
        HttpResponse<String> response = client.requestCode("1001", "good-token", "SMS", "en_US");
        String code = graph.lastVerificationCode("1001").orElseThrow();

        assertThat(response.body()).doesNotContain(code);
        assertThat(response.headers().map().toString()).doesNotContain(code);
        assertThat(graph.journal().entries().toString()).doesNotContain(code);
    }

    @Test
    void missingParametersAreNamed() {
        assertThat(error(client.post("/v23.0/1001/request_code", "good-token", "{\"language\":\"en_US\"}")))
                .containsEntry("code", 100).containsEntry("message", "(#100) The parameter code_method is required.");
        assertThat(error(client.post("/v23.0/1001/request_code", "good-token", "{\"code_method\":\"SMS\"}")))
                .containsEntry("code", 100).containsEntry("message", "(#100) The parameter language is required.");
        assertThat(graph.lastVerificationCode("1001")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sms", "EMAIL", ""})
    void codeMethodOtherThanSmsOrVoiceAnswers400Code100(String codeMethod) {
        HttpResponse<String> response = client.requestCode("1001", "good-token", codeMethod, "en_US");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(response)).containsEntry("code", 100).containsEntry("type", "OAuthException")
                .containsEntry("message", "Invalid parameter: code_method must be SMS or VOICE");
        assertThat(graph.lastVerificationCode("1001")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "en-US", "EN_us", "english"})
    void languageThatIsNotALocaleAnswers400Code100(String language) {
        HttpResponse<String> response = client.requestCode("1001", "good-token", "SMS", language);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(response)).containsEntry("code", 100)
                .containsEntry("message", "Invalid parameter: language must be a locale such as en_US");
        assertThat(graph.lastVerificationCode("1001")).isEmpty();
    }

    @Test
    void aNumberInUseOnTheCloudApiIsNotEligible() {
        graph.phoneNumber("1001", PhoneNumberState.REGISTERED);

        HttpResponse<String> response = client.requestCode("1001", "good-token", "SMS", "en_US");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(error(response)).containsEntry("code", 100).containsEntry("type", "GraphMethodException")
                .containsEntry("message", "Phone number is not eligible for verification at this time");
        assertThat(graph.lastVerificationCode("1001")).isEmpty();
    }

    @Test
    void aNumberOnOnPremisesCanBeVerifiedToMigrate() {
        graph.phoneNumber("1001", PhoneNumberState.REGISTERED);
        graph.phoneNumberSetup("1001").platformType(PlatformType.ON_PREMISE);

        assertThat(client.requestCode("1001", "good-token", "SMS", "en_US").statusCode()).isEqualTo(200);
        assertThat(graph.lastVerificationCode("1001")).isPresent();
    }

    @Test
    void smbAndUnlinkedNumbersGetNoCode() {
        graph.phoneNumber("1002", PhoneNumberState.SMB_APP).phoneNumber("1003", PhoneNumberState.NOT_LINKED);

        HttpResponse<String> smb = client.requestCode("1002", "good-token", "SMS", "en_US");
        HttpResponse<String> unlinked = client.requestCode("1003", "good-token", "SMS", "en_US");

        assertThat(smb.statusCode()).isEqualTo(422);
        assertThat(unlinked.statusCode()).isEqualTo(400);
        assertThat((String) error(unlinked).get("message")).contains("not currently linked");
        assertThat(graph.lastVerificationCode("1002")).isEmpty();
        assertThat(graph.lastVerificationCode("1003")).isEmpty();
    }

    @Test
    void tokenAndNumberAreCheckedFirst() {
        assertThat(error(client.requestCode("1001", null, "SMS", "en_US"))).containsEntry("code", 104);
        assertThat(error(client.requestCode("1001", "never-issued", "SMS", "en_US"))).containsEntry("code", 190);
        HttpResponse<String> unknown = client.requestCode("999", "good-token", "SMS", "en_US");
        assertThat(error(unknown)).containsEntry("code", 100).containsEntry("error_subcode", 33);
        assertThat((String) error(unknown).get("message")).startsWith("Unsupported post request. Object with ID '999'");
        assertThat(graph.lastVerificationCode("1001")).isEmpty();
    }
}
