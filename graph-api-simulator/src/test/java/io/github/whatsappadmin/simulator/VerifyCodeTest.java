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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.github.whatsappadmin.simulator.GraphClient.error;
import static io.github.whatsappadmin.simulator.GraphClient.json;
import static org.assertj.core.api.Assertions.assertThat;

class VerifyCodeTest extends SimulatorTestSupport {

    @BeforeEach
    void setUp() {
        graph.token("good-token");
        graph.account("waba-1").phoneNumber("1001", PhoneNumberState.DEREGISTERED);
        graph.phoneNumberSetup("1001").codeVerificationStatus(CodeVerificationStatus.NOT_VERIFIED);
    }

    private String requestCode() {
        assertThat(client.requestCode("1001", "good-token", "SMS", "en_US").statusCode()).isEqualTo(200);
        return graph.lastVerificationCode("1001").orElseThrow();
    }

    @Test
    void theIssuedCodeVerifiesTheNumber() {
        String code = requestCode();

        HttpResponse<String> response = client.verifyCode("1001", "good-token", code);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response.body())).isEqualTo(Map.of("success", true, "id", "1001"));
        assertThat(graph.codeVerificationStatus("1001")).isEqualTo(CodeVerificationStatus.VERIFIED);
        assertThat(graph.budgetUsed("1001")).isZero();
    }

    @Test
    void aWrongCodeAnswers422Code100AndLeavesTheNumberUnverified() {
        String code = requestCode();
        String wrong = code.equals("000000") ? "000001" : "000000";

        HttpResponse<String> response = client.verifyCode("1001", "good-token", wrong);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(error(response)).containsEntry("code", 100).containsEntry("type", "GraphMethodException")
                .containsEntry("message", "The verification code is invalid or has expired")
                .containsEntry("error_user_title", "Verification Failed")
                .containsEntry("error_user_msg", "The verification code you entered is invalid or has expired");
        assertThat(response.body()).as("neither code is echoed").doesNotContain(wrong).doesNotContain(code);
        assertThat(graph.codeVerificationStatus("1001")).isEqualTo(CodeVerificationStatus.NOT_VERIFIED);
    }

    @Test
    void aWrongCodeDoesNotUseUpTheRightOne() {
        String code = requestCode();
        client.verifyCode("1001", "good-token", code.equals("000000") ? "000001" : "000000");

        assertThat(client.verifyCode("1001", "good-token", code).statusCode()).isEqualTo(200);
    }

    @Test
    void aCodeWorksOnce() {
        String code = requestCode();
        client.verifyCode("1001", "good-token", code);

        assertThat(client.verifyCode("1001", "good-token", code).statusCode()).isEqualTo(422);
    }

    @Test
    void aCodeExpiresAfterTenMinutes() {
        String code = requestCode();
        graph.clock().advance(Duration.ofMinutes(10));

        assertThat(client.verifyCode("1001", "good-token", code).statusCode()).isEqualTo(422);
        assertThat(graph.codeVerificationStatus("1001")).isEqualTo(CodeVerificationStatus.NOT_VERIFIED);
    }

    @Test
    void aCodeIsStillGoodJustBeforeTenMinutes() {
        String code = requestCode();
        graph.clock().advance(Duration.ofMinutes(10).minusSeconds(1));

        assertThat(client.verifyCode("1001", "good-token", code).statusCode()).isEqualTo(200);
    }

    @Test
    void withoutARequestedCodeNothingVerifies() {
        assertThat(client.verifyCode("1001", "good-token", "123456").statusCode()).isEqualTo(422);
    }

    @Test
    void anExpiredVerificationIsRenewedByANewCode() {
        graph.phoneNumberSetup("1001").codeVerificationStatus(CodeVerificationStatus.EXPIRED);

        assertThat(client.verifyCode("1001", "good-token", requestCode()).statusCode()).isEqualTo(200);
        assertThat(graph.codeVerificationStatus("1001")).isEqualTo(CodeVerificationStatus.VERIFIED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "1234567", "12a456", ""})
    void aCodeThatIsNotSixDigitsAnswers400Code100(String code) {
        requestCode();

        HttpResponse<String> response = client.verifyCode("1001", "good-token", code);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(response)).containsEntry("code", 100).containsEntry("type", "OAuthException")
                .containsEntry("message", "Invalid verification code format");
    }

    @Test
    void aMissingCodeIsNamed() {
        assertThat(error(client.post("/v23.0/1001/verify_code", "good-token", "{}")))
                .containsEntry("message", "(#100) The parameter code is required.");
    }

    @Test
    void smbAndUnlinkedNumbersCannotBeVerified() {
        graph.phoneNumber("1002", PhoneNumberState.SMB_APP).phoneNumber("1003", PhoneNumberState.NOT_LINKED);

        assertThat(client.verifyCode("1002", "good-token", "123456").statusCode()).isEqualTo(422);
        assertThat((String) error(client.verifyCode("1003", "good-token", "123456")).get("message"))
                .contains("not currently linked");
    }

    @Test
    void aTokenWithoutAccessToTheAccountIsRefused() {
        String code = requestCode();
        graph.token("other-token", TokenState.VALID, "waba-2");

        HttpResponse<String> response = client.verifyCode("1001", "other-token", code);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(graph.codeVerificationStatus("1001")).isEqualTo(CodeVerificationStatus.NOT_VERIFIED);
    }
}
