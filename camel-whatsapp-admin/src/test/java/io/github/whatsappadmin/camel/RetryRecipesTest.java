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
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.whatsappadmin.camel.error.WhatsAppAdminException;
import io.github.whatsappadmin.camel.error.WhatsAppAuthenticationException;
import io.github.whatsappadmin.camel.error.WhatsAppRateLimitException;
import io.github.whatsappadmin.camel.error.WhatsAppRegistrationBudgetException;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

/** The retry recipes of docs/errors.md, each on Camel's own error handler, as a user would write them. */
class RetryRecipesTest extends GraphStubTestSupport {

    private final AtomicInteger tokenRequests = new AtomicInteger();

    @Override
    protected RoutesBuilder createRouteBuilder() {
        context.getRegistry().bind("rotatingTokens",
                (WhatsAppAccessTokenProvider) id -> TOKEN + "-v" + tokenRequests.incrementAndGet());
        return new RouteBuilder() {
            @Override
            public void configure() {
                // Recipe 4: authentication failures are never retried; someone must fix the token.
                onException(WhatsAppAuthenticationException.class)
                        .handled(true)
                        .setHeader("reason", simple("${exception.message}"))
                        .to("mock:token-alert");

                // Recipe 3: the register/deregister lockout (133016) goes to a dead letter with the reason.
                onException(WhatsAppRateLimitException.class)
                        .onWhen(simple("${exception.code} == 133016"))
                        .handled(true)
                        .setHeader("reason", simple("${exception.message}"))
                        .setHeader("retryAfter", simple("${exception.retryAfter}"))
                        .to("mock:dead-letter");

                // Recipe 5: a call the registration budget guard refused (nothing sent) waits for its window.
                onException(WhatsAppRegistrationBudgetException.class)
                        .handled(true)
                        .setHeader("reason", simple("${exception.message}"))
                        .setHeader("freesAt", simple("${exception.freesAt}"))
                        .to("mock:budget-spent");

                // Recipes 1 and 2: transient errors with exponential backoff and jitter; rate limits wait at least
                // what Graph asked for.
                onException(WhatsAppAdminException.class)
                        .onWhen(WhatsAppAdminRetry.retryableWithin(Duration.ofMinutes(10)))
                        .onExceptionOccurred(WhatsAppAdminRetry.waitRetryAfter())
                        .maximumRedeliveries(4)
                        .redeliveryDelay(20)
                        .useExponentialBackOff()
                        .backOffMultiplier(2)
                        .useCollisionAvoidance();

                from("direct:offboard").to(uri(""));
                from("direct:offboard-rotating").to("whatsapp-admin:deregister?baseUrl=" + graph.baseUrl()
                                                    + "&phoneNumberId=" + PHONE_NUMBER_ID
                                                    + "&accessTokenProvider=#rotatingTokens");
            }
        };
    }

    private static void failThenSucceed(int failures, int status, String body, String... headers) {
        String state = STARTED;
        for (int i = 1; i <= failures; i++) {
            var response = aResponse().withStatus(status).withBody(body);
            for (int h = 0; h < headers.length; h += 2) {
                response = response.withHeader(headers[h], headers[h + 1]);
            }
            graph.stubFor(post(urlPathEqualTo(path(PHONE_NUMBER_ID))).inScenario("s").whenScenarioStateIs(state)
                    .willReturn(response).willSetStateTo("f" + i));
            state = "f" + i;
        }
        graph.stubFor(post(urlPathEqualTo(path(PHONE_NUMBER_ID))).inScenario("s").whenScenarioStateIs(state)
                .willReturn(aResponse().withStatus(200).withBody("{\"success\":true}")));
    }

    @Test
    void transientErrorsAreRetriedWithBackoffUntilSuccess() {
        failThenSucceed(3, 503, "<html>Service Unavailable</html>");

        Exchange result = template.send("direct:offboard", e -> {});

        assertThat(result.getException()).isNull();
        assertThat(requestsReceived()).hasSize(4);
    }

    @Test
    void rateLimitWaitsAtLeastRetryAfterBeforeTheNextAttempt() {
        failThenSucceed(1, 429, errorEnvelope(80007, "(#80007) Rate limit issues"), "Retry-After", "1");

        Exchange result = template.send("direct:offboard", e -> {});

        assertThat(result.getException()).isNull();
        List<LoggedRequest> requests = requestsReceived();
        assertThat(requests).hasSize(2);
        long waitedMillis = Math.abs(requests.get(0).getLoggedDate().getTime() - requests.get(1).getLoggedDate().getTime());
        assertThat(waitedMillis).as("wait between attempts").isGreaterThanOrEqualTo(1_000);
    }

    @Test
    void rateLimitThatLastsLongerThanTheRouteWillWaitIsNotRetried() {
        answer(400, errorEnvelope(80007, "(#80007) Rate limit issues"), "x-business-use-case-usage",
                "{\"1\":[{\"type\":\"whatsapp_business_management\",\"call_count\":100,\"total_cputime\":1,"
                                                                                                     + "\"total_time\":1,\"estimated_time_to_regain_access\":60}]}");

        Exchange result = template.send("direct:offboard", e -> {});

        WhatsAppRateLimitException e = failure(result, WhatsAppRateLimitException.class);
        assertThat(e.getRetryAfter()).contains(Duration.ofMinutes(60));
        assertThat(requestsReceived()).hasSize(1);
    }

    @Test
    void registrationLockoutGoesToTheDeadLetterWithTheReasonAndIsSentOnce() throws Exception {
        MockEndpoint dead = getMockEndpoint("mock:dead-letter");
        dead.expectedMessageCount(1);
        answer(400, errorEnvelope(133016, "(#133016) Account register/deregister rate limit exceeded"));

        Exchange result = template.send("direct:offboard", e -> {});

        dead.assertIsSatisfied();
        assertThat(result.getException()).isNull();
        assertThat(dead.getReceivedExchanges().get(0).getMessage().getHeader("reason", String.class))
                .contains("133016");
        assertThat(dead.getReceivedExchanges().get(0).getMessage().getHeader("retryAfter", String.class))
                .contains("PT72H");
        assertThat(requestsReceived()).hasSize(1);
    }

    @Test
    void redeliveriesOfRetryableErrorsStopAtTheAllowanceAndTheRefusalGoesToItsOwnDeadLetter() throws Exception {
        MockEndpoint spent = getMockEndpoint("mock:budget-spent");
        spent.expectedMessageCount(1);
        answer(503, errorEnvelope(2, "Service temporarily unavailable"));

        // Each exchange is tried 5 times (recipe 1); the third would make 15 deregister requests in 72 hours.
        for (int i = 0; i < 3; i++) {
            template.send("direct:offboard", e -> {});
        }

        spent.assertIsSatisfied();
        assertThat(requestsReceived()).hasSize(10);
        Exchange refused = spent.getReceivedExchanges().get(0);
        assertThat(refused.getMessage().getHeader("reason", String.class)).contains("deregister was not sent");
        assertThat(refused.getMessage().getHeader("freesAt", String.class)).isNotBlank();
        assertThat(refused.getMessage().getHeader(WhatsAppAdminConstants.BUDGET_REMAINING)).isEqualTo(0);
    }

    @Test
    void authenticationFailureIsNeverRetried() throws Exception {
        MockEndpoint alert = getMockEndpoint("mock:token-alert");
        alert.expectedMessageCount(1);
        answer(401, "{\"error\":{\"message\":\"Error validating access token: Session has expired\","
                    + "\"type\":\"OAuthException\",\"code\":190,\"error_subcode\":463,\"is_transient\":true}}");

        template.send("direct:offboard", e -> {});

        alert.assertIsSatisfied();
        assertThat(alert.getReceivedExchanges().get(0).getMessage().getHeader("reason", String.class))
                .doesNotContain(TOKEN);
        assertThat(requestsReceived()).hasSize(1);
    }

    @Test
    void tokenProviderIsAskedAtEachAttemptSoARedeliveryUsesTheRefreshedToken() {
        failThenSucceed(1, 500, errorEnvelope(2, "Service temporarily unavailable"));

        Exchange result = template.send("direct:offboard-rotating", e -> {});

        assertThat(result.getException()).isNull();
        assertThat(requestsReceived().stream().sorted(java.util.Comparator.comparing(LoggedRequest::getLoggedDate)))
                .extracting(r -> r.getHeader("Authorization")).containsExactly("Bearer " + TOKEN + "-v1", "Bearer " + TOKEN
                                                                                                          + "-v2");
    }
}
