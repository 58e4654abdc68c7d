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

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import io.github.whatsappadmin.camel.error.WhatsAppConnectionException;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stopping the CamelContext with calls in flight against a server that never answers: every exchange completes, once,
 * with a WhatsAppConnectionException saying the component stopped, long before requestTimeout, whether sent with a
 * ProducerTemplate or from a route whose shutdown timeout is shorter than requestTimeout; and no thread of the
 * component is left.
 */
class StopWithCallsInFlightTest {

    private static final int CALLS = 100;
    /** Far beyond the hang guard: an exchange that completes within the guard did not wait for its timeout. */
    private static final long REQUEST_TIMEOUT_MILLIS = 120_000;
    /** A guard against a hang, not a performance figure. */
    private static final long HANG_GUARD_SECONDS = 20;

    private RawHttpServer silent;
    private CamelContext camel;

    @BeforeEach
    void start() throws Exception {
        silent = RawHttpServer.silent();
        camel = new DefaultCamelContext();
        WhatsAppAdminComponent component = new WhatsAppAdminComponent();
        component.getConfiguration().setAccessToken("EAAGstopTestToken0123456789");
        component.getConfiguration().setBaseUrl(silent.baseUrl());
        component.getConfiguration().setRequestTimeout(REQUEST_TIMEOUT_MILLIS);
        camel.addComponent("whatsapp-admin", component);
    }

    @AfterEach
    void stop() throws Exception {
        camel.stop();
        silent.close();
    }

    private static String uri(int i) {
        return "whatsapp-admin:deregister?phoneNumberId=" + (1000 + i);
    }

    @Test
    void callsSentWithAProducerTemplateCompleteWhenTheContextStops() throws Exception {
        camel.start();
        ProducerTemplate template = camel.createProducerTemplate();
        // hand each exchange straight to the async producer, so that all of them are in flight at once
        template.setThreadedAsyncMode(false);
        List<CompletableFuture<Exchange>> calls = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            calls.add(template.asyncSend(uri(i), e -> {}));
        }
        // the pool's 64 connections carry one call each, the other 36 wait for one
        assertThat(silent.awaitRequests(64)).isTrue();
        assertThat(componentThreads()).as("no thread per call").hasSizeLessThanOrEqualTo(4);

        stopAndCheckTheLog();

        assertEveryCallEndedBecauseTheComponentStopped(calls);
        assertNoComponentThreadIsLeft();
    }

    @Test
    void callsFromARouteWithAShorterShutdownTimeoutCompleteWhenTheContextStops() throws Exception {
        camel.getShutdownStrategy().setTimeout(1);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:deregister").toD("whatsapp-admin:deregister?phoneNumberId=${header.id}");
            }
        });
        camel.start();
        ProducerTemplate template = camel.createProducerTemplate();
        template.setThreadedAsyncMode(false);
        List<CompletableFuture<Exchange>> calls = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            int id = 1000 + i;
            calls.add(template.asyncSend("direct:deregister", e -> e.getMessage().setHeader("id", id)));
        }
        assertThat(silent.awaitRequests(64)).isTrue();

        stopAndCheckTheLog();

        assertEveryCallEndedBecauseTheComponentStopped(calls);
        assertNoComponentThreadIsLeft();
    }

    @Test
    void callStartedAfterTheComponentStoppedCompletesAtOnce() throws Exception {
        camel.start();
        AsyncProducer producer = camel.getEndpoint(uri(0)).createAsyncProducer();
        producer.start();
        camel.getComponent("whatsapp-admin").stop();
        Exchange exchange = new DefaultExchange(camel);
        AtomicInteger callbacks = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(1);

        producer.process(exchange, doneSync -> {
            callbacks.incrementAndGet();
            done.countDown();
        });

        assertThat(done.await(HANG_GUARD_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(exchange.getException()).isInstanceOf(WhatsAppConnectionException.class)
                .hasMessageContaining("the component stopped");
        assertThat(callbacks).hasValue(1);
        assertThat(silent.heads()).isEmpty();
        producer.stop();
    }

    /**
     * Stops the context: the exchanges on their connections are aborted, so the client closes without cutting
     * connections still busy (HttpClient logs an ERROR when its I/O reactor is cut while it runs).
     */
    private void stopAndCheckTheLog() {
        List<LogCapture.Line> lines;
        try (LogCapture capture = LogCapture.at(Level.WARN)) {
            camel.stop();
            lines = capture.lines();
        }
        assertThat(lines).filteredOn(line -> line.logger().startsWith("org.apache.hc")).isEmpty();
    }

    /**
     * Every call ended with the stop, and one whose request reached Graph says so: its failure is not retryable as
     * "nothing was sent" (and a register or deregister keeps its place in the registration budget).
     */
    private void assertEveryCallEndedBecauseTheComponentStopped(List<CompletableFuture<Exchange>> calls)
            throws Exception {
        Set<String> received = silent.heads().stream()
                .map(head -> head.substring(head.indexOf("/v"), head.indexOf(" HTTP/")).split("/")[2])
                .collect(Collectors.toSet());
        int notSent = 0;
        for (CompletableFuture<Exchange> call : calls) {
            Exchange exchange = call.get(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
            assertThat(exchange.getException()).isInstanceOf(WhatsAppConnectionException.class)
                    .hasMessageContaining("the component stopped");
            WhatsAppConnectionException failure = (WhatsAppConnectionException) exchange.getException();
            if (received.contains(failure.getPhoneNumberId())) {
                assertThat(failure.isRequestSent()).as("call of %s, received by Graph", failure.getPhoneNumberId())
                        .isTrue();
                assertThat(failure).hasMessageContaining("Graph may have received the request");
            }
            if (!failure.isRequestSent()) {
                notSent++;
                assertThat(failure).hasMessageContaining("nothing was sent");
            }
        }
        assertThat(received).hasSizeGreaterThanOrEqualTo(64);
        assertThat(notSent).as("calls still waiting for a pooled connection").isPositive();
    }

    private static List<Thread> componentThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().contains("WhatsAppAdmin"))
                .toList();
    }

    private static void assertNoComponentThreadIsLeft() throws InterruptedException {
        for (Thread thread : componentThreads()) {
            thread.join(TimeUnit.SECONDS.toMillis(HANG_GUARD_SECONDS));
        }
        assertThat(componentThreads()).isEmpty();
    }
}
