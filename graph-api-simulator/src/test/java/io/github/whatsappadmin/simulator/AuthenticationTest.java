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

class AuthenticationTest extends SimulatorTestSupport {

    @BeforeEach
    void setUp() {
        graph.account("waba-1").phoneNumber("1001", PhoneNumberState.REGISTERED)
                .account("waba-2").phoneNumber("2001", PhoneNumberState.REGISTERED);
    }

    @Test
    void missingTokenAnswers401Code104WithChallenge() {
        HttpResponse<String> response = client.deregister("1001", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(error(response))
                .containsEntry("code", 104)
                .containsEntry("type", "OAuthException")
                .containsEntry("message", "An access token is required to request this resource.");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue(
                "OAuth \"Facebook Platform\" \"invalid_request\" \"An access token is required to request this resource.\"");
        assertThat(graph.phoneNumberState("1001")).isEqualTo(PhoneNumberState.REGISTERED);
    }

    @Test
    void unknownTokenAnswers401Code190CannotParse() {
        HttpResponse<String> response = client.deregister("1001", "never-issued");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(error(response))
                .containsEntry("code", 190)
                .containsEntry("message", "Invalid OAuth access token - Cannot parse access token")
                .doesNotContainKey("error_subcode");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue(
                "OAuth \"Facebook Platform\" \"invalid_token\" \"Invalid OAuth access token - Cannot parse access token\"");
    }

    @Test
    void expiredTokenAnswers401Code190Subcode463() {
        graph.token("old-token", TokenState.EXPIRED);

        HttpResponse<String> response = client.deregister("1001", "old-token");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(error(response)).containsEntry("code", 190).containsEntry("error_subcode", 463);
        assertThat((String) error(response).get("message"))
                .startsWith("Error validating access token: Session has expired on ");
        assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow())
                .startsWith(
                        "OAuth \"Facebook Platform\" \"invalid_token\" \"Error validating access token: Session has expired");
        assertThat(graph.budgetUsed("1001")).isZero();
    }

    @Test
    void revokedTokenAnswers401Code190Subcode460() {
        graph.token("revoked-token", TokenState.REVOKED);

        HttpResponse<String> response = client.deregister("1001", "revoked-token");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(error(response)).containsEntry("code", 190).containsEntry("error_subcode", 460);
        assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
    }

    @Test
    void tokenLackingPermissionAnswers403Code200() {
        graph.token("weak-token", TokenState.LACKING_PERMISSION);

        HttpResponse<String> response = client.deregister("1001", "weak-token");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(error(response))
                .containsEntry("code", 200)
                .containsEntry("type", "OAuthException")
                .containsEntry("message", "(#200) Permissions error");
        assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(graph.phoneNumberState("1001")).isEqualTo(PhoneNumberState.REGISTERED);
    }

    @Test
    void scopedTokenWorksOnItsOwnAccount() {
        graph.token("scoped-token", TokenState.VALID, "waba-1");

        assertThat(client.deregister("1001", "scoped-token").statusCode()).isEqualTo(200);
    }

    @Test
    void scopedTokenOnAnotherAccountsNumberAnswers403Code200() {
        graph.token("scoped-token", TokenState.VALID, "waba-1");

        HttpResponse<String> response = client.deregister("2001", "scoped-token");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(error(response)).containsEntry("code", 200);
        assertThat(graph.phoneNumberState("2001")).isEqualTo(PhoneNumberState.REGISTERED);
        assertThat(graph.budgetUsed("2001")).isZero();
    }

    @Test
    void authenticationIsCheckedBeforeTheNumberExists() {
        HttpResponse<String> response = client.deregister("999", "never-issued");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(error(response)).containsEntry("code", 190);
    }

    @Test
    void otherAuthorizationSchemeCountsAsNoToken() {
        graph.token("good-token");

        HttpResponse<String> response = client.postWithAuthorization("/v23.0/1001/deregister", "Basic good-token", "{}");
        assertThat(error(response)).containsEntry("code", 104);
    }
}
