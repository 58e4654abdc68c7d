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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.whatsappadmin.camel.budget.InMemoryRegistrationBudgetStore;
import io.github.whatsappadmin.camel.budget.TestClock;
import io.github.whatsappadmin.camel.error.WhatsAppAdminException;
import io.github.whatsappadmin.camel.error.WhatsAppBadRequestException;
import io.github.whatsappadmin.camel.error.WhatsAppConnectionException;
import io.github.whatsappadmin.camel.error.WhatsAppInvalidInputException;
import io.github.whatsappadmin.camel.error.WhatsAppRegistrationBudgetException;
import io.github.whatsappadmin.camel.internal.AuditLog;
import io.github.whatsappadmin.camel.model.RegisterRequest;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The registration budget guard, seen from a route: register and deregister spend a number's allowance of 10 in a
 * moving 72 hours, the 11th is refused before anything is sent, and only attempts that may have reached Graph count.
 */
class RegistrationBudgetGuardTest extends GraphStubTestSupport {

    private static final String OTHER_NUMBER = "106540352242999";
    private static final String SUCCESS = "{\"success\":true}";
    private static final Instant START = Instant.parse("2026-12-01T08:00:00Z");
    private static final RegisterRequest PIN = new RegisterRequest("123456", null, null);

    @Test
    void theEleventhDeregisterIsRefusedLocallyAndNothingIsSent() {
        answer(200, SUCCESS);
        List<Object> remaining = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Exchange exchange = send(uri(""));
            assertThat(exchange.getException()).isNull();
            remaining.add(exchange.getMessage().getHeader(WhatsAppAdminConstants.BUDGET_REMAINING));
        }
        assertThat(remaining).containsExactly(9, 8, 7, 6, 5, 4, 3, 2, 1, 0);

        Exchange refused = send(uri(""));

        WhatsAppRegistrationBudgetException e = failure(refused, WhatsAppRegistrationBudgetException.class);
        assertThat(e.isRetryable()).isFalse();
        assertThat(e.getOperation()).isEqualTo("deregister");
        assertThat(e.getPhoneNumberId()).isEqualTo(PHONE_NUMBER_ID);
        assertThat(e.getBudget()).isEqualTo(10);
        assertThat(e.getWindow()).isEqualTo(Duration.ofHours(72));
        assertThat(e.getRetryAfter()).hasValueSatisfying(
                wait -> assertThat(wait).isGreaterThan(Duration.ofHours(71)).isLessThanOrEqualTo(Duration.ofHours(72)));
        assertThat(e.getMessage()).contains(PHONE_NUMBER_ID, "deregister was not sent", "registrationBudget");
        assertThat(refused.getMessage().getHeader(WhatsAppAdminConstants.BUDGET_REMAINING)).isEqualTo(0);
        assertThat(refused.getMessage().getHeader(WhatsAppAdminConstants.PHONE_NUMBER_ID)).isEqualTo(PHONE_NUMBER_ID);
        assertThat(requestsReceived()).hasSize(10);
    }

    @Test
    void registerAndDeregisterShareOneAllowancePerNumberAndOtherNumbersKeepTheirs() {
        graph.stubFor(post(urlPathMatching("/v23.0/\\d+/(register|deregister)"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(SUCCESS)));
        String register = "whatsapp-admin:register?baseUrl=" + graph.baseUrl() + "&accessToken=RAW(" + TOKEN
                          + ")&phoneNumberId=" + PHONE_NUMBER_ID;
        for (int i = 0; i < 5; i++) {
            assertThat(template.send(register, e -> e.getMessage().setBody(PIN))
                    .getException()).isNull();
            assertThat(send(uri("")).getException()).isNull();
        }

        assertThat(template.send(register, e -> e.getMessage().setBody(PIN))
                .getException()).isInstanceOf(WhatsAppRegistrationBudgetException.class);
        assertThat(send(uri("")).getException()).isInstanceOf(WhatsAppRegistrationBudgetException.class);
        Exchange other = send(uri(""), Map.of(WhatsAppAdminConstants.PHONE_NUMBER_ID, OTHER_NUMBER));
        assertThat(other.getException()).isNull();
        assertThat(other.getMessage().getHeader(WhatsAppAdminConstants.BUDGET_REMAINING)).isEqualTo(9);
        assertThat(requestsReceived()).hasSize(11);
    }

    @Test
    void theEndpointsOfOneComponentShareTheDefaultStore() {
        answer(200, SUCCESS);
        for (int i = 0; i < 10; i++) {
            // Different options, so different endpoints (and HTTP clients): the allowance is still one.
            assertThat(send(uri("&requestTimeout=" + (20_000 + i))).getException()).isNull();
        }

        assertThat(send(uri("&connectTimeout=5000")).getException())
                .isInstanceOf(WhatsAppRegistrationBudgetException.class);
    }

    @Test
    void readsAndOtherPostsDoNotSpendTheAllowance() {
        answer(200, SUCCESS);
        graph.stubFor(get(urlPathEqualTo("/v23.0/" + PHONE_NUMBER_ID)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"" + PHONE_NUMBER_ID + "\"}")));
        String read = "whatsapp-admin:getPhoneNumber?baseUrl=" + graph.baseUrl() + "&accessToken=RAW(" + TOKEN
                      + ")&phoneNumberId=" + PHONE_NUMBER_ID + "&registrationBudget=1";
        for (int i = 0; i < 5; i++) {
            Exchange exchange = send(read);
            assertThat(exchange.getException()).isNull();
            assertThat(exchange.getMessage().getHeaders()).doesNotContainKey(WhatsAppAdminConstants.BUDGET_REMAINING);
        }

        Exchange deregister = send(uri("&registrationBudget=1"));

        assertThat(deregister.getException()).isNull();
        assertThat(deregister.getMessage().getHeader(WhatsAppAdminConstants.BUDGET_REMAINING)).isEqualTo(0);
    }

    @Test
    void aBudgetOfZeroSwitchesTheGuardOff() {
        answer(200, SUCCESS);
        for (int i = 0; i < 12; i++) {
            Exchange exchange = send(uri("&registrationBudget=0"),
                    Map.of(WhatsAppAdminConstants.BUDGET_REMAINING, 99));
            assertThat(exchange.getException()).isNull();
            assertThat(exchange.getMessage().getHeaders()).doesNotContainKey(WhatsAppAdminConstants.BUDGET_REMAINING);
        }
        assertThat(requestsReceived()).hasSize(12);
    }

    @Test
    void aConnectionRefusedNeverReachedGraphSoItDoesNotCount() {
        answer(200, SUCCESS);
        String closed = "whatsapp-admin:deregister?baseUrl=http://127.0.0.1:" + LoopbackPorts.closed()
                        + "&accessToken=RAW(" + TOKEN + ")&phoneNumberId=" + PHONE_NUMBER_ID + "&registrationBudget=1";
        for (int i = 0; i < 3; i++) {
            Exchange exchange = send(closed);
            WhatsAppConnectionException e = failure(exchange, WhatsAppConnectionException.class);
            assertThat(e.isRequestSent()).isFalse();
            assertThat(exchange.getMessage().getHeader(WhatsAppAdminConstants.BUDGET_REMAINING)).isEqualTo(1);
        }

        Exchange reached = send(uri("&registrationBudget=1"));

        assertThat(reached.getException()).isNull();
        assertThat(reached.getMessage().getHeader(WhatsAppAdminConstants.BUDGET_REMAINING)).isEqualTo(0);
    }

    @Test
    void aTimeoutAfterSendingMayHaveReachedGraphSoItCounts() {
        graph.stubFor(post(urlPathEqualTo(path(PHONE_NUMBER_ID))).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(SUCCESS).withFixedDelay(3_000)));

        Exchange timedOut = send(uri("&registrationBudget=1&requestTimeout=300"));
        WhatsAppConnectionException e = failure(timedOut, WhatsAppConnectionException.class);
        assertThat(e.isRequestSent()).isTrue();
        Exchange next = send(uri("&registrationBudget=1"));

        assertThat(next.getException()).isInstanceOf(WhatsAppRegistrationBudgetException.class);
        assertThat(requestsReceived()).hasSize(1);
    }

    @Test
    void aGraphErrorCountsToo() {
        answer(400, errorEnvelope(100, "Invalid parameter"));

        assertThat(send(uri("&registrationBudget=1")).getException()).isInstanceOf(WhatsAppBadRequestException.class);

        assertThat(send(uri("&registrationBudget=1")).getException())
                .isInstanceOf(WhatsAppRegistrationBudgetException.class);
        assertThat(requestsReceived()).hasSize(1);
    }

    @Test
    void aRetryPolicyOnRetryableErrorsStopsAtTheAllowanceInsteadOfLockingTheNumber() throws Exception {
        answer(503, "{\"error\":{\"message\":\"Service temporarily unavailable\",\"type\":\"OAuthException\","
                    + "\"code\":2,\"is_transient\":true,\"fbtrace_id\":\"AbCdEfGh123\"}}");
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                onException(WhatsAppAdminException.class)
                        .onWhen(exchange -> exchange.getProperty(Exchange.EXCEPTION_CAUGHT, WhatsAppAdminException.class)
                                .isRetryable())
                        .maximumRedeliveries(50).redeliveryDelay(0);
                from("direct:offboard").to(uri(""));
            }
        });

        Exchange exchange = template.send("direct:offboard", e -> {
        });

        assertThat(exchange.getException()).isInstanceOf(WhatsAppRegistrationBudgetException.class);
        assertThat(requestsReceived()).hasSize(10);
    }

    @Test
    void aStoreBeanDecidesTheWindowsEdges() {
        answer(200, SUCCESS);
        TestClock clock = new TestClock(START);
        context.getRegistry().bind("budget", new InMemoryRegistrationBudgetStore(clock));
        String uri = uri("&registrationBudgetStore=#budget&registrationBudget=2");
        assertThat(send(uri).getException()).isNull();
        clock.advance(Duration.ofHours(1));
        assertThat(send(uri).getException()).isNull();

        clock.advance(Duration.ofHours(71).minusMillis(1));
        WhatsAppRegistrationBudgetException e = failure(send(uri), WhatsAppRegistrationBudgetException.class);
        assertThat(e.getRetryAfter()).hasValue(Duration.ofMillis(1));
        assertThat(e.getFreesAt()).isEqualTo(START.plus(Duration.ofHours(72)));

        clock.advance(Duration.ofMillis(1));
        Exchange freed = send(uri);
        assertThat(freed.getException()).isNull();
        assertThat(freed.getMessage().getHeader(WhatsAppAdminConstants.BUDGET_REMAINING)).isEqualTo(0);
        assertThat(requestsReceived()).hasSize(3);
    }

    @Test
    void aStoreThatCannotDecideFailsTheExchangeAndNothingIsSent() {
        answer(200, SUCCESS);
        context.getRegistry().bind("brokenBudget", new WhatsAppRegistrationBudgetStore() {
            @Override
            public Decision tryAcquire(String phoneNumberId, int budget, Duration window) {
                throw new IllegalStateException("the budget database is down");
            }

            @Override
            public void release(Granted attempt) {
            }
        });

        Exchange exchange = send(uri("&registrationBudgetStore=#brokenBudget"));

        assertThat(exchange.getException()).isInstanceOf(IllegalStateException.class)
                .hasMessage("the budget database is down");
        assertThat(requestsReceived()).isEmpty();
    }

    @Test
    void everyRefusedAttemptIsAudited() {
        answer(200, SUCCESS);
        send(uri("&registrationBudget=1"));
        List<LogCapture.Line> lines;
        try (LogCapture capture = LogCapture.at(Level.INFO)) {
            send(uri("&registrationBudget=1"));
            lines = capture.linesOf(AuditLog.LOGGER_NAME);
        }
        assertThat(lines).extracting(LogCapture.Line::text).singleElement().asString()
                .contains("operation=deregister", "phoneNumberId=" + PHONE_NUMBER_ID, "outcome=registration-budget",
                        "httpStatus=-");
    }

    @Test
    void aBudgetOutsideZeroToTenIsRefusedWhenTheEndpointIsCreated() {
        for (String value : List.of("11", "-1")) {
            assertThatThrownBy(() -> context.getEndpoint(uri("&registrationBudget=" + value)))
                    .rootCause().isInstanceOf(WhatsAppInvalidInputException.class)
                    .hasMessageContaining("registrationBudget " + value)
                    .hasMessageContaining("between 0 and 10")
                    .satisfies(t -> assertThat(((WhatsAppInvalidInputException) t).getField())
                            .isEqualTo("registrationBudget"));
        }
        assertThat(requestsReceived()).isEmpty();
    }
}
