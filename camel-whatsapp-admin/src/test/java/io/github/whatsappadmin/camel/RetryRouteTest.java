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

import io.github.whatsappadmin.camel.error.WhatsAppAdminException;
import io.github.whatsappadmin.camel.error.WhatsAppPhoneNumberStateException;
import io.github.whatsappadmin.camel.model.DeregisterResponse;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

/** Retries belong to the route: onException(...).onWhen(isRetryable) redelivers; the component sends once. */
class RetryRouteTest extends GraphStubTestSupport {

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                onException(WhatsAppAdminException.class)
                        .onWhen(simple("${exception.retryable}"))
                        .maximumRedeliveries(4)
                        .redeliveryDelay(10);

                from("direct:offboard").to(uri(""));
            }
        };
    }

    private static void transientThenSuccess(int failures) {
        String state = STARTED;
        for (int i = 1; i <= failures; i++) {
            graph.stubFor(post(urlPathEqualTo(path(PHONE_NUMBER_ID))).inScenario("flaky").whenScenarioStateIs(state)
                    .willReturn(aResponse().withStatus(500).withBody(
                            "{\"error\":{\"message\":\"An unexpected error has occurred. Please retry your request"
                                                                     + " later.\",\"type\":\"OAuthException\",\"code\":2,\"is_transient\":true,"
                                                                     + "\"fbtrace_id\":\"F" + i + "\"}}"))
                    .willSetStateTo("failed-" + i));
            state = "failed-" + i;
        }
        graph.stubFor(post(urlPathEqualTo(path(PHONE_NUMBER_ID))).inScenario("flaky").whenScenarioStateIs(state)
                .willReturn(aResponse().withStatus(200).withBody("{\"success\":true}")));
    }

    @Test
    void transientServerErrorIsRedeliveredUntilSuccess() {
        transientThenSuccess(2);

        Exchange result = template.send("direct:offboard", e -> {
        });

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).isInstanceOf(DeregisterResponse.class);
        assertThat(result.getMessage().getHeader(Exchange.REDELIVERY_COUNTER)).isEqualTo(2);
        assertThat(requestsReceived()).hasSize(3);
    }

    @Test
    void notRetryableErrorIsSentOnce() {
        answer(400, errorEnvelope(133010, "(#133010) Account not registered"));

        Exchange result = template.send("direct:offboard", e -> {
        });

        assertThat(result.getException()).isInstanceOf(WhatsAppPhoneNumberStateException.class);
        assertThat(requestsReceived()).hasSize(1);
    }

    @Test
    void budgetLockoutIsNeverRedelivered() {
        answer(400, errorEnvelope(133016, "(#133016) Account register/deregister rate limit exceeded"));

        Exchange result = template.send("direct:offboard", e -> {
        });

        assertThat(result.getException()).isInstanceOf(WhatsAppAdminException.class);
        assertThat(requestsReceived()).hasSize(1);
    }
}
