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
package io.github.whatsappadmin.camel.internal;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.whatsappadmin.camel.LoopbackPorts;
import io.github.whatsappadmin.camel.RawHttpServer;
import io.github.whatsappadmin.camel.internal.TransportFailure.Kind;
import org.apache.hc.core5.function.Decorator;
import org.apache.hc.core5.http.nio.command.RequestExecutionCommand;
import org.apache.hc.core5.reactor.IOSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The transport at its seam: what it reports for each way a call can end (the answer read as sent, or the failure's
 * kind and whether Graph may have received the request), exactly once, and what closing it does to calls in flight.
 */
class ApacheGraphTransportTest {

    /** A guard against a hang; far above every timeout used here. Not a performance figure. */
    private static final long HANG_GUARD_SECONDS = 10;

    private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1);

    {
        // as Camel's scheduled pools
        scheduler.setRemoveOnCancelPolicy(true);
    }
    private final List<ApacheGraphTransport> transports = new ArrayList<>();
    private final List<RawHttpServer> servers = new ArrayList<>();

    @AfterEach
    void close() throws IOException {
        transports.forEach(ApacheGraphTransport::close);
        for (RawHttpServer server : servers) {
            server.close();
        }
        scheduler.shutdownNow();
    }

    private ApacheGraphTransport transport(int maxConnectionsPerHost) {
        return transport(maxConnectionsPerHost, session -> session);
    }

    private ApacheGraphTransport transport(int maxConnectionsPerHost, Decorator<IOSession> sessions) {
        ApacheGraphTransport transport = new ApacheGraphTransport(
                new HttpClientKey(2_000, maxConnectionsPerHost, null, null, null, null, null), null, scheduler,
                Thread::new, sessions);
        transports.add(transport);
        return transport;
    }

    /**
     * A session on which a thread other than the connection's own I/O thread, having handed a request over, pauses
     * for {@code millis}: long enough for the answer to come back meanwhile.
     */
    private static IOSession pausingAfterHandOver(IOSession session, long millis) {
        // the reactor decorates a session on the I/O thread that will serve it
        Thread ioThread = Thread.currentThread();
        return (IOSession) Proxy.newProxyInstance(IOSession.class.getClassLoader(), new Class<?>[] {IOSession.class},
                (proxy, method, args) -> {
                    Object result;
                    try {
                        result = method.invoke(session, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (method.getName().equals("enqueue") && args[0] instanceof RequestExecutionCommand
                        && Thread.currentThread() != ioThread) {
                        Thread.sleep(millis);
                    }
                    return result;
                });
    }

    private RawHttpServer server(RawHttpServer server) {
        servers.add(server);
        return server;
    }

    private static GraphRequest request(String baseUrl) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer TOKEN");
        headers.put("Content-Type", "application/json");
        return new GraphRequest("POST", baseUrl + "/v23.0/1/deregister", headers,
                "{}".getBytes(StandardCharsets.UTF_8));
    }

    /** One call's end, and how many times the callback was called. */
    private static final class Outcome implements GraphTransport.Callback {
        final CompletableFuture<Object> end = new CompletableFuture<>();
        final AtomicInteger calls = new AtomicInteger();
        /** How long the callback takes with an answer, as a route that goes on working on the I/O thread. */
        final long answerMillis;

        Outcome() {
            this(0);
        }

        Outcome(long answerMillis) {
            this.answerMillis = answerMillis;
        }

        @Override
        public void completed(GraphResponse response) {
            try {
                Thread.sleep(answerMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            calls.incrementAndGet();
            end.complete(response);
        }

        @Override
        public void failed(TransportFailure failure) {
            calls.incrementAndGet();
            end.complete(failure);
        }

        Object get() throws Exception {
            return end.get(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
        }

        GraphResponse response() throws Exception {
            assertThat(get()).isInstanceOf(GraphResponse.class);
            assertThat(calls).hasValue(1);
            return (GraphResponse) get();
        }

        TransportFailure failure() throws Exception {
            assertThat(get()).isInstanceOf(TransportFailure.class);
            assertThat(calls).hasValue(1);
            return (TransportFailure) get();
        }
    }

    private static Outcome send(ApacheGraphTransport transport, String baseUrl, long timeoutMillis) {
        return send(transport, baseUrl, timeoutMillis, new Outcome());
    }

    private static Outcome send(ApacheGraphTransport transport, String baseUrl, long timeoutMillis, Outcome outcome) {
        transport.send(request(baseUrl), timeoutMillis, outcome);
        return outcome;
    }

    /**
     * A call that takes a pooled connection hands its request over on the caller's thread; HttpClient registers the
     * exchange's cancel with the call afterwards, and if the answer came back meanwhile, it cancels the exchange at
     * once. While the answer is still being delivered, that cancel used to close the connection: the pool then opened
     * another for the next call. Here the caller pauses right after the hand-over, and the answer's delivery lasts
     * longer than that pause.
     */
    @Test
    void aCancelArrivingWhileTheAnswerIsDeliveredKeepsTheConnection() throws Exception {
        RawHttpServer graph = server(RawHttpServer.answering(head -> RawHttpServer.json(200, "OK",
                "{\"success\":true}")));
        ApacheGraphTransport transport = transport(1, session -> pausingAfterHandOver(session, 50));
        // opens the connection: its request is handed over on the I/O thread
        send(transport, graph.baseUrl(), 2_000).response();

        // takes the pooled connection on this thread, which pauses after handing the request over
        Outcome slow = send(transport, graph.baseUrl(), 2_000, new Outcome(300));
        assertThat(slow.response().status()).isEqualTo(200);
        assertThat(send(transport, graph.baseUrl(), 2_000).response().status()).isEqualTo(200);

        assertThat(graph.heads()).hasSize(3);
        assertThat(graph.connectionsAccepted()).as("connections opened for 3 calls, one after the other").isEqualTo(1);
    }

    @Test
    void answerIsReadWithStatusReasonHeadersAndBody() throws Exception {
        RawHttpServer graph = server(RawHttpServer.answering(head -> ("HTTP/1.1 200 Fine\r\nX-FB-Trace-Id: Abc\r\n"
                                                                      + "Content-Length: 16\r\n\r\n{\"success\":true}")
                .getBytes(StandardCharsets.ISO_8859_1)));

        GraphResponse response = send(transport(4), graph.baseUrl(), 2_000).response();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.reason()).isEqualTo("Fine");
        assertThat(response.firstHeader("x-fb-trace-id")).contains("Abc");
        assertThat(response.text()).isEqualTo("{\"success\":true}");
        assertThat(response.truncated()).isFalse();
        assertThat(graph.heads()).singleElement().asString()
                .startsWith("POST /v23.0/1/deregister HTTP/1.1\r\n")
                .contains("Authorization: Bearer TOKEN\r\n", "Content-Type: application/json\r\n",
                        "Content-Length: 2\r\n");
    }

    @Test
    void bodyPastTheReadLimitIsCutAndItsConnectionIsNotReused() throws Exception {
        String big = "x".repeat(GraphResponse.READ_LIMIT * 3);
        RawHttpServer graph = server(RawHttpServer.answering(head -> RawHttpServer.json(502, "Bad Gateway", big)));
        ApacheGraphTransport transport = transport(4);

        GraphResponse first = send(transport, graph.baseUrl(), 2_000).response();

        assertThat(first.truncated()).isTrue();
        assertThat(first.body()).hasSize(GraphResponse.READ_LIMIT);
        assertThat(first.status()).isEqualTo(502);
        // the connection had unread bytes: the client closed it rather than keep it for the next call
        assertThat(graph.awaitClosedConnections(1)).isTrue();
        assertThat(send(transport, graph.baseUrl(), 2_000).response().truncated()).isTrue();
    }

    @Test
    void answerOfExactlyTheReadLimitIsWhole() throws Exception {
        String body = "y".repeat(GraphResponse.READ_LIMIT);
        RawHttpServer graph = server(RawHttpServer.answering(head -> RawHttpServer.json(200, "OK", body)));

        GraphResponse response = send(transport(4), graph.baseUrl(), 2_000).response();

        assertThat(response.truncated()).isFalse();
        assertThat(response.text()).isEqualTo(body);
    }

    @Test
    void refusedConnectionWasNotSent() throws Exception {
        int closedPort = LoopbackPorts.closed();

        TransportFailure failure = send(transport(4), "http://127.0.0.1:" + closedPort, 2_000).failure();

        assertThat(failure.kind()).isEqualTo(Kind.CONNECTION_REFUSED);
        assertThat(failure.requestSent()).isFalse();
    }

    @Test
    void deadlineWhileWaitingForAPooledConnectionIsATimeoutBeforeSending() throws Exception {
        RawHttpServer graph = server(RawHttpServer.silent());
        ApacheGraphTransport transport = transport(1);
        Outcome holder = send(transport, graph.baseUrl(), 1_500);
        assertThat(graph.awaitRequests(1)).isTrue();

        TransportFailure waiting = send(transport, graph.baseUrl(), 200).failure();
        TransportFailure sent = holder.failure();

        assertThat(waiting.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(waiting.requestSent()).isFalse();
        assertThat(sent.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(sent.requestSent()).isTrue();
        assertThat(graph.heads()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "HTTP/1.1 200 OK\r\nContent-Length: -5\r\n\r\n{\"success\":true}",
            "HTTP/1.1 200 OK\r\nContent-Length: 16\r\nContent-Length: 17\r\n\r\n{\"success\":true}",
            "HTTP/1.1 200 OK\r\nContent-Length: 160\r\n\r\n{\"success\":true}",
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{\"success\":true}\r\n0\r\n\r\n",
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10\r\n{\"success\":true}\r\n",
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n{\"success\":true}",
            "this is not HTTP\r\n\r\n"})
    void answerThatIsNotValidHttpIsMalformedAfterSending(String bytes) throws Exception {
        RawHttpServer graph = server(RawHttpServer.answeringThenClosing(bytes));

        TransportFailure failure = send(transport(4), graph.baseUrl(), 2_000).failure();

        assertThat(failure.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
        assertThat(failure.requestSent()).isTrue();
        assertThat(failure.detail()).isNotBlank();
    }

    @Test
    void connectionClosedWithoutAnAnswerIsLostAfterSending() throws Exception {
        RawHttpServer graph = server(RawHttpServer.answeringThenClosing(""));

        TransportFailure failure = send(transport(4), graph.baseUrl(), 2_000).failure();

        assertThat(failure.kind()).isEqualTo(Kind.CONNECTION_LOST);
        assertThat(failure.requestSent()).isTrue();
    }

    @Test
    void tlsSpokenToAPlainHttpServerFailsTheHandshakeBeforeSending() throws Exception {
        RawHttpServer graph = server(RawHttpServer.writingOnConnect("HTTP/1.1 400 Bad Request\r\n\r\n"));

        TransportFailure failure = send(transport(4), "https://localhost:" + graph.port(), 2_000).failure();

        assertThat(failure.kind()).isEqualTo(Kind.TLS_HANDSHAKE);
        assertThat(failure.requestSent()).isFalse();
        assertThat(graph.heads()).isEmpty();
    }

    @Test
    void closeEndsEveryCallInFlightOnceAndRefusesNewOnes() throws Exception {
        RawHttpServer graph = server(RawHttpServer.silent());
        ApacheGraphTransport transport = transport(2);
        List<Outcome> inFlight = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            inFlight.add(send(transport, graph.baseUrl(), 60_000));
        }
        assertThat(graph.awaitRequests(2)).isTrue();

        transport.close();
        Outcome afterClose = send(transport, graph.baseUrl(), 60_000);

        for (Outcome outcome : inFlight) {
            assertThat(outcome.failure().kind()).isEqualTo(Kind.STOPPED);
        }
        assertThat(afterClose.failure().kind()).isEqualTo(Kind.STOPPED);
        assertThat(afterClose.failure().requestSent()).isFalse();
        assertThat(scheduler.getQueue()).as("deadlines and the eviction task cancelled").isEmpty();
    }
}
