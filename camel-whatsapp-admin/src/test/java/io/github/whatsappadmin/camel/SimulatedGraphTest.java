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
package io.github.whatsappadmin.camel;

import java.time.Duration;
import java.util.Map;

import io.github.whatsappadmin.camel.error.WhatsAppAuthenticationException;
import io.github.whatsappadmin.camel.error.WhatsAppNotFoundException;
import io.github.whatsappadmin.camel.error.WhatsAppPermissionException;
import io.github.whatsappadmin.camel.error.WhatsAppPhoneNumberStateException;
import io.github.whatsappadmin.camel.error.WhatsAppRateLimitException;
import io.github.whatsappadmin.camel.model.DeregisterResponse;
import io.github.whatsappadmin.simulator.GraphApiSimulatorExtension;
import io.github.whatsappadmin.simulator.NotFoundStyle;
import io.github.whatsappadmin.simulator.PhoneNumberState;
import io.github.whatsappadmin.simulator.TokenState;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Behaviour that depends on Graph's state (budget, registration, token scopes), against the project's simulator. */
class SimulatedGraphTest extends CamelTestSupport {

    private static final String WABA = "102290129340398";
    private static final String OTHER_WABA = "109876543210987";

    @RegisterExtension
    static GraphApiSimulatorExtension graph = GraphApiSimulatorExtension.create();

    private Exchange deregister(String token, String phoneNumberId) {
        return deregister(token, phoneNumberId, "");
    }

    private Exchange deregister(String token, String phoneNumberId, String options) {
        return template.send("whatsapp-admin:deregister?baseUrl=" + graph.baseUrl() + "&accessToken=RAW(" + token + ")"
                             + options,
                e -> e.getMessage().setHeader(WhatsAppAdminConstants.PHONE_NUMBER_ID, phoneNumberId));
    }

    @Test
    void deregisterChangesTheNumbersStateAndASecondOneIsAStateError() {
        graph.account(WABA).phoneNumber("1001", PhoneNumberState.REGISTERED);
        graph.token("good");

        Exchange first = deregister("good", "1001");
        Exchange second = deregister("good", "1001");

        assertThat(first.getMessage().getBody(DeregisterResponse.class).isSuccess()).isTrue();
        assertThat(first.getMessage().getHeader(WhatsAppAdminConstants.FB_TRACE_ID, String.class)).isNotBlank();
        assertThat(first.getMessage().getHeader(WhatsAppAdminConstants.USAGE)).isNotNull();
        assertThat(graph.phoneNumberState("1001")).isEqualTo(PhoneNumberState.DEREGISTERED);
        WhatsAppPhoneNumberStateException e = (WhatsAppPhoneNumberStateException) second.getException();
        assertThat(e.getCode()).isEqualTo(133010);
        assertThat(e.isRetryable()).isFalse();
        assertThat(graph.journal().forPhoneNumber("1001")).hasSize(2)
                .allSatisfy(r -> assertThat(r.sentToken("good")).isTrue());
    }

    @Test
    void eleventhRequestInSeventyTwoHoursIsLockedOutAndNotRetryableUntilTheWindowPasses() {
        graph.account(WABA).phoneNumber("1001", PhoneNumberState.DEREGISTERED);
        graph.token("good");
        // Without the component's own guard, Graph's lockout is what the route sees.
        for (int i = 0; i < 10; i++) {
            assertThat(deregister("good", "1001", "&registrationBudget=0").getException())
                    .isInstanceOf(WhatsAppPhoneNumberStateException.class);
        }

        Exchange locked = deregister("good", "1001", "&registrationBudget=0");

        WhatsAppRateLimitException e = (WhatsAppRateLimitException) locked.getException();
        assertThat(e.getCode()).isEqualTo(133016);
        assertThat(e.isRetryable()).isFalse();
        assertThat(e.getRetryAfter()).contains(Duration.ofHours(72));

        graph.clock().advance(Duration.ofHours(73));
        assertThat(deregister("good", "1001", "&registrationBudget=0").getException())
                .isInstanceOf(WhatsAppPhoneNumberStateException.class);
    }

    @Test
    void smbAndUnlinkedNumbersAreStateErrors() {
        graph.account(WABA).phoneNumber("2001", PhoneNumberState.SMB_APP).phoneNumber("2002", PhoneNumberState.NOT_LINKED);
        graph.token("good");

        assertThat(deregister("good", "2001").getException()).isInstanceOf(WhatsAppPhoneNumberStateException.class);
        assertThat(deregister("good", "2002").getException()).isInstanceOf(WhatsAppPhoneNumberStateException.class);
        assertThat(graph.phoneNumberState("2001")).isEqualTo(PhoneNumberState.SMB_APP);
    }

    @Test
    void tokenScopedToAnotherAccountIsAPermissionError() {
        graph.account(WABA).phoneNumber("1001", PhoneNumberState.REGISTERED);
        graph.account(OTHER_WABA).phoneNumber("3001", PhoneNumberState.REGISTERED);
        graph.token("scoped", TokenState.VALID, WABA);

        assertThat(deregister("scoped", "1001").getException()).isNull();
        WhatsAppPermissionException e = (WhatsAppPermissionException) deregister("scoped", "3001").getException();
        assertThat(e.isRetryable()).isFalse();
        assertThat(graph.phoneNumberState("3001")).isEqualTo(PhoneNumberState.REGISTERED);
    }

    @Test
    void expiredUnknownAndRevokedTokensAreAuthenticationErrors() {
        graph.account(WABA).phoneNumber("1001", PhoneNumberState.REGISTERED);
        graph.token("expiredTok3n", TokenState.EXPIRED);
        graph.token("revokedTok3n", TokenState.REVOKED);

        for (String token : new String[] {"expiredTok3n", "revokedTok3n", "neverIssuedTok3n"}) {
            WhatsAppAuthenticationException e = (WhatsAppAuthenticationException) deregister(token, "1001").getException();
            assertThat(e.getCode()).isEqualTo(190);
            assertThat(e.isRetryable()).isFalse();
            assertThat(e.getMessage()).doesNotContain(token);
        }
        assertThat(graph.phoneNumberState("1001")).isEqualTo(PhoneNumberState.REGISTERED);
    }

    @Test
    void unknownNumberIsNotFoundInBothOfGraphsStyles() {
        graph.token("good");

        WhatsAppNotFoundException graphStyle = (WhatsAppNotFoundException) deregister("good", "999").getException();
        graph.simulator().notFoundStyle(NotFoundStyle.OPENAPI);
        WhatsAppNotFoundException openApiStyle = (WhatsAppNotFoundException) deregister("good", "999").getException();

        assertThat(graphStyle.getHttpResponseCode()).isEqualTo(400);
        assertThat(graphStyle.getCode()).isEqualTo(100);
        assertThat(graphStyle.getSubcode()).isEqualTo(33);
        assertThat(openApiStyle.getHttpResponseCode()).isEqualTo(404);
        assertThat(openApiStyle.getCode()).isEqualTo(803);
    }

    @Test
    void throttledAccountGivesRetryAfterFromUsageHeaderWithEitherStatus() {
        graph.account(WABA).phoneNumber("1001", PhoneNumberState.REGISTERED);
        graph.token("good");
        graph.simulator().throttleAccount(WABA, 80007, Duration.ofMinutes(7));

        WhatsAppRateLimitException on400 = (WhatsAppRateLimitException) deregister("good", "1001").getException();
        graph.simulator().rateLimitStatus(429);
        WhatsAppRateLimitException on429 = (WhatsAppRateLimitException) deregister("good", "1001").getException();

        for (WhatsAppRateLimitException e : new WhatsAppRateLimitException[] {on400, on429}) {
            assertThat(e.getCode()).isEqualTo(80007);
            assertThat(e.isRetryable()).isTrue();
            assertThat(e.getRetryAfter()).contains(Duration.ofMinutes(7));
            assertThat(e.getUsage().businessUseCase()).containsKey(WABA);
        }
        assertThat(on400.getHttpResponseCode()).isEqualTo(400);
        assertThat(on429.getHttpResponseCode()).isEqualTo(429);
    }

    @Test
    void incompleteDeregistrationIsRetryableAndTheRetrySucceeds() {
        graph.account(WABA).phoneNumber("1001", PhoneNumberState.REGISTERED);
        graph.token("good");
        graph.simulator().incompleteDeregistration("1001", 1);

        WhatsAppPhoneNumberStateException incomplete = (WhatsAppPhoneNumberStateException) deregister("good", "1001")
                .getException();
        Exchange again = deregister("good", "1001");

        assertThat(incomplete.getCode()).isEqualTo(133000);
        assertThat(incomplete.isRetryable()).isTrue();
        assertThat(again.getException()).isNull();
        assertThat(graph.phoneNumberState("1001")).isEqualTo(PhoneNumberState.DEREGISTERED);
    }

    @Test
    void perMessageHeaderSelectsTheNumberAmongManyInOneRoute() {
        graph.account(WABA).phoneNumber("1001", PhoneNumberState.REGISTERED).phoneNumber("1002",
                PhoneNumberState.REGISTERED);
        graph.token("good");

        for (String id : new String[] {"1001", "1002"}) {
            template.send("whatsapp-admin:deregister?baseUrl=" + graph.baseUrl() + "&accessToken=good&phoneNumberId=1",
                    e -> e.getMessage().setHeaders(new java.util.HashMap<>(Map.of(WhatsAppAdminConstants.PHONE_NUMBER_ID,
                            id))));
        }

        assertThat(graph.phoneNumberState("1001")).isEqualTo(PhoneNumberState.DEREGISTERED);
        assertThat(graph.phoneNumberState("1002")).isEqualTo(PhoneNumberState.DEREGISTERED);
        assertThat(graph.journal().forPhoneNumber("1")).isEmpty();
    }
}
