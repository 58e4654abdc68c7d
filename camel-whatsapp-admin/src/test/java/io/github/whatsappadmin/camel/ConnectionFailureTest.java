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

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.http.Fault;
import io.github.whatsappadmin.camel.error.WhatsAppConnectionException;
import io.github.whatsappadmin.camel.error.WhatsAppGraphException;
import org.apache.camel.AsyncProducer;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * When Graph gives no usable answer, the exchange still completes, once, with a retryable
 * {@link WhatsAppConnectionException}, and the client keeps working for the next call.
 */
class ConnectionFailureTest extends GraphStubTestSupport {

    /** A bound on waiting, so a hang fails the test instead of stalling the build. Not a performance figure. */
    private static final long HANG_GUARD_SECONDS = 10;

    @Test
    void refusedConnectionEndsInConnectionException() throws IOException {
        int closedPort = LoopbackPorts.closed();

        Exchange result = send("whatsapp-admin:deregister?baseUrl=http://127.0.0.1:" + closedPort + "&accessToken="
                               + TOKEN + "&phoneNumberId=" + PHONE_NUMBER_ID);

        WhatsAppConnectionException e = failure(result, WhatsAppConnectionException.class);
        assertThat(e.isRetryable()).isTrue();
        assertThat(e.getMessage()).contains("connection refused", "127.0.0.1:" + closedPort).doesNotContain(TOKEN);
        assertThat(e.getCategory()).isEqualTo("connection");
        assertThat(e.getPhoneNumberId()).isEqualTo(PHONE_NUMBER_ID);
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE",
            "RANDOM_DATA_THEN_CLOSE", "MALFORMED_RESPONSE_CHUNK"})
    void brokenConnectionEndsInConnectionExceptionAndTheNextCallWorks(Fault fault) {
        graph.stubFor(post(urlPathEqualTo(path(PHONE_NUMBER_ID))).willReturn(aResponse().withFault(fault)));

        Exchange broken = send(uri(""));

        WhatsAppConnectionException e = failure(broken, WhatsAppConnectionException.class);
        assertThat(e.isRetryable()).isTrue();
        assertThat(e.getMessage()).doesNotContain(TOKEN);

        answer(200, "{\"success\":true}");
        assertThat(send(uri("")).getException()).isNull();
    }

    @Test
    void answerSlowerThanRequestTimeoutEndsInConnectionException() {
        graph.stubFor(post(urlPathEqualTo(path(PHONE_NUMBER_ID)))
                .willReturn(aResponse().withStatus(200).withBody("{\"success\":true}").withFixedDelay(5_000)));

        Exchange result = send(uri("&requestTimeout=300"));

        WhatsAppConnectionException e = failure(result, WhatsAppConnectionException.class);
        assertThat(e.getMessage()).contains("requestTimeout 300 ms");
    }

    @Test
    void bodyThatTricklesPastRequestTimeoutEndsInConnectionException() {
        graph.stubFor(post(urlPathEqualTo(path(PHONE_NUMBER_ID)))
                .willReturn(aResponse().withStatus(200).withBody("{\"success\":true}" + " ".repeat(200))
                        .withChunkedDribbleDelay(50, 5_000)));

        Exchange result = send(uri("&requestTimeout=500"));

        assertThat(failure(result, WhatsAppConnectionException.class).getMessage()).contains("requestTimeout");
    }

    @Test
    void hugeBodyIsReadOnlyUpToTheLimit() {
        graph.stubFor(post(urlPathEqualTo(path(PHONE_NUMBER_ID))).willReturn(aResponse().withStatus(502)
                .withHeader("Content-Type", "text/html").withBody("<html>" + "x".repeat(10 * 1024 * 1024))));

        Exchange result = send(uri(""));

        WhatsAppGraphException e = failure(result, WhatsAppGraphException.class);
        assertThat(e.getResponseBody()).hasSize(4096);
        assertThat(e.getMessage()).contains("65536+ bytes");

        answer(200, "{\"success\":true}");
        assertThat(send(uri("")).getException()).isNull();
    }

    @Test
    void timedOutExchangeCompletesExactlyOnce() throws Exception {
        graph.stubFor(post(urlPathEqualTo(path(PHONE_NUMBER_ID)))
                .willReturn(aResponse().withStatus(200).withBody("{\"success\":true}").withFixedDelay(1_500)));
        AsyncProducer producer = context.getEndpoint(uri("&requestTimeout=200")).createAsyncProducer();
        producer.start();
        AtomicInteger callbacks = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(1);
        Exchange exchange = new DefaultExchange(context);

        boolean sync = producer.process(exchange, doneSync -> {
            callbacks.incrementAndGet();
            done.countDown();
        });

        assertThat(sync).isFalse();
        assertThat(done.await(HANG_GUARD_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(exchange.getException()).isInstanceOf(WhatsAppConnectionException.class);
        // By the time a second call whose answer is delayed longer than the first one's has completed, the first
        // answer would have arrived: it must not complete the exchange a second time.
        graph.stubFor(post(urlPathEqualTo(path("7"))).willReturn(aResponse().withStatus(200)
                .withBody("{\"success\":true}").withFixedDelay(1_600)));
        Exchange next = send(uri("&requestTimeout=5000"),
                java.util.Map.of(WhatsAppAdminConstants.PHONE_NUMBER_ID, "7"));
        assertThat(next.getException()).isNull();
        assertThat(callbacks).hasValue(1);
        producer.stop();
    }
}
