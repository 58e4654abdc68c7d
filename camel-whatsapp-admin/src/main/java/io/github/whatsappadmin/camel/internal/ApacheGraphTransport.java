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

import java.net.URI;
import java.nio.channels.ClosedSelectorException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;

import io.github.whatsappadmin.camel.internal.TransportFailure.Kind;
import org.apache.camel.CamelContext;
import org.apache.camel.RuntimeCamelException;
import org.apache.hc.client5.http.auth.AuthExchange;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.config.TlsConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.auth.BasicScheme;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
import org.apache.hc.client5.http.ssl.HttpsSupport;
import org.apache.hc.core5.function.Decorator;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.message.BasicHttpRequest;
import org.apache.hc.core5.http.nio.entity.BasicAsyncEntityProducer;
import org.apache.hc.core5.http.nio.support.BasicRequestProducer;
import org.apache.hc.core5.http2.HttpVersionPolicy;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.reactor.IOSession;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link GraphTransport} on Apache HttpClient 5 async: non-blocking I/O on one or two threads whatever the number of
 * calls in flight, HTTP/1.1, a pool of keep-alive connections capped per host (calls beyond the cap wait in the pool,
 * inside their deadline), no redirect followed, no automatic retry, no cookie, no answer to an authentication
 * challenge. The client's own timeouts cover the pool wait, the connect and the wait for the answer; one
 * deadline per call on the component's scheduler bounds the whole call.
 * <p>
 * Proxy credentials come from the client's configuration and go to the proxy only, preemptively (on CONNECT for a
 * tunnel), never as a header of the request itself, so they never travel inside a tunnel to Graph. No wire-logging
 * session decorator is installed, and the connections log no header (see {@link UnloggedConnectionManager}).
 */
final class ApacheGraphTransport implements GraphTransport {

    /** Connections idle this long are closed: a connection dropped silently by a NAT or load balancer is not reused. */
    static final TimeValue IDLE_CONNECTION_LIMIT = TimeValue.ofSeconds(60);
    private static final long EVICTION_PERIOD_SECONDS = 10;

    /** How long a close waits for connections to end politely before cutting them. */
    private static final TimeValue CLOSE_GRACE = TimeValue.ofSeconds(1);

    /** The logger HttpClient's own I/O reactor failures go to. */
    private static final Logger REACTOR_LOG = LoggerFactory.getLogger("org.apache.hc.client5.http.impl.async");

    private final UnloggedConnectionManager connections;
    private final CloseableHttpAsyncClient client;
    private final ScheduledExecutorService scheduler;
    private final Future<?> eviction;
    private final HttpHost proxy;
    private final UsernamePasswordCredentials proxyCredentials;
    private final Set<GraphCall> inFlight = ConcurrentHashMap.newKeySet();
    /** By requestTimeout: an endpoint has one, so this holds a handful at most. */
    private final Map<Long, RequestConfig> requestConfigs = new ConcurrentHashMap<>();
    private volatile boolean closed;

    ApacheGraphTransport(HttpClientKey key, CamelContext camelContext, ScheduledExecutorService scheduler,
                         ThreadFactory ioThreads) {
        // no wire logging: it would print the raw request, token included
        this(key, camelContext, scheduler, ioThreads, session -> session);
    }

    /** @param sessions decorates each connection's I/O session (tests: to pause a thread at a chosen point) */
    ApacheGraphTransport(HttpClientKey key, CamelContext camelContext, ScheduledExecutorService scheduler,
                         ThreadFactory ioThreads, Decorator<IOSession> sessions) {
        this.scheduler = scheduler;
        this.proxy = key.proxyHost() == null ? null : new HttpHost(key.proxyHost(), key.proxyPort());
        this.proxyCredentials = key.proxyUsername() == null ? null
                : new UsernamePasswordCredentials(key.proxyUsername(), key.proxyPassword().toCharArray());
        Timeout connectTimeout = Timeout.ofMilliseconds(key.connectTimeout());
        connections = new UnloggedConnectionManager(key.sslContextParameters() == null
                ? DefaultClientTlsStrategy.createDefault()
                // as HttpClient's default strategy: host names checked by JSSE and by HttpClient's own verifier
                : new DefaultClientTlsStrategy(sslContext(key, camelContext), HostnameVerificationPolicy.BOTH,
                        HttpsSupport.getDefaultHostnameVerifier()));
        connections.setDefaultMaxPerRoute(key.maxConnectionsPerHost());
        connections.setMaxTotal(Integer.MAX_VALUE);
        connections.setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(connectTimeout)
                .setValidateAfterInactivity(TimeValue.ofSeconds(1)).build());
        // HTTP/1.1 only: the connections' handlers are HTTP/1.1 ones (see UnloggedConnectionManager)
        connections.setDefaultTlsConfig(TlsConfig.custom().setVersionPolicy(HttpVersionPolicy.FORCE_HTTP_1)
                .setHandshakeTimeout(connectTimeout).build());
        var builder = HttpAsyncClients.custom()
                .setConnectionManager(connections)
                .setIOReactorConfig(IOReactorConfig.custom()
                        .setIoThreadCount(Math.min(2, Runtime.getRuntime().availableProcessors())).build())
                .setThreadFactory(ioThreads)
                .setIoReactorExceptionCallback(this::reactorFailure)
                .setIoSessionDecorator(sessions)
                .setUserAgent(ProductVersion.DEFAULT_USER_AGENT)
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableConnectionState()
                .addExecInterceptorFirst(SendWatcher.NAME, new SendWatcher());
        if (proxy != null) {
            builder.setProxy(proxy);
        }
        client = builder.build();
        client.start();
        eviction = scheduler.scheduleWithFixedDelay(this::evict, EVICTION_PERIOD_SECONDS, EVICTION_PERIOD_SECONDS,
                TimeUnit.SECONDS);
    }

    private static SSLContext sslContext(HttpClientKey key, CamelContext camelContext) {
        try {
            return key.sslContextParameters().createSSLContext(camelContext);
        } catch (Exception e) {
            throw new RuntimeCamelException("Cannot create the TLS context from sslContextParameters: "
                                            + e.getMessage(), e);
        }
    }

    /**
     * What HttpClient's I/O threads throw, logged as HttpClient would, on its logger, but for one case: when the close
     * had to cut an I/O thread that was still ending (its bounded wait ran out), that thread meets its closed selector
     * on the way out. Every call has ended by then, so that is no error.
     */
    private void reactorFailure(Exception failure) {
        if (closed && failure instanceof ClosedSelectorException) {
            REACTOR_LOG.debug("An I/O thread met its closed selector while the client closed");
        } else {
            REACTOR_LOG.error(failure.getMessage(), failure);
        }
    }

    private void evict() {
        connections.closeExpired();
        connections.closeIdle(IDLE_CONNECTION_LIMIT);
    }

    @Override
    public void send(GraphRequest request, long timeoutMillis, Callback callback) {
        GraphCall call = new GraphCall(callback, inFlight);
        inFlight.add(call);
        // a close that started before the add is seen here; one after it finds the call in inFlight
        if (closed) {
            call.abort(Kind.STOPPED, null, null);
            return;
        }
        try {
            call.deadline(scheduler.schedule(call, timeoutMillis, TimeUnit.MILLISECONDS));
        } catch (RejectedExecutionException e) {
            // the component's scheduler is shut down: the component is stopping
            call.abort(Kind.STOPPED, null, e);
            return;
        }
        try {
            call.exchange(client.execute(producer(request), new BoundedResponseConsumer(call), null,
                    context(call, timeoutMillis), call));
        } catch (RuntimeException e) {
            call.failed(e);
        }
    }

    private static BasicRequestProducer producer(GraphRequest request) {
        BasicHttpRequest http = new BasicHttpRequest(request.method(), URI.create(request.url()));
        for (Map.Entry<String, String> header : request.headers().entrySet()) {
            http.addHeader(header.getKey(), header.getValue());
        }
        // the Content-Type header comes from the request's headers, not from the entity
        return new BasicRequestProducer(http,
                request.body() == null ? null : new BasicAsyncEntityProducer(request.body(), null));
    }

    private static RequestConfig requestConfig(long timeoutMillis) {
        Timeout timeout = Timeout.ofMilliseconds(timeoutMillis);
        return RequestConfig.custom()
                .setConnectionRequestTimeout(timeout)
                .setResponseTimeout(timeout)
                .setRedirectsEnabled(false)
                .setContentCompressionEnabled(false)
                .setProtocolUpgradeEnabled(false)
                .setHardCancellationEnabled(true)
                // Challenges are never answered: a 401 from Graph is the route's business, and the proxy gets its
                // credentials up front. Nor parsed: HttpClient would log a malformed one, echoed token and all.
                .setAuthenticationEnabled(false)
                .build();
    }

    private HttpClientContext context(GraphCall call, long timeoutMillis) {
        HttpClientContext context = HttpClientContext.create();
        context.setRequestConfig(requestConfigs.computeIfAbsent(timeoutMillis, ApacheGraphTransport::requestConfig));
        context.setAttribute(GraphCall.ATTRIBUTE, call);
        if (proxyCredentials != null) {
            BasicScheme basic = new BasicScheme();
            basic.initPreemptive(proxyCredentials);
            AuthExchange exchange = new AuthExchange();
            exchange.select(basic);
            context.setAuthExchange(proxy, exchange);
        }
        return context;
    }

    /**
     * Closes the client: calls in flight complete at once with {@code STOPPED} (their exchanges are aborted), and new
     * ones are refused with it; connections get {@link #CLOSE_GRACE} to end politely, then are cut.
     */
    void close() {
        closed = true;
        eviction.cancel(false);
        for (GraphCall call : inFlight) {
            call.abort(Kind.STOPPED, null, null);
        }
        // Camel interrupts the stopping thread when a route's shutdown timeout runs out. The client still gets its
        // bounded wait: with every exchange aborted it ends within milliseconds, where cutting its I/O threads while
        // they run makes HttpClient log an ERROR (a ClosedSelectorException) and may leave them behind.
        boolean interrupted = Thread.interrupted();
        client.initiateShutdown();
        interrupted |= !awaitShutdown();
        client.close(CloseMode.IMMEDIATE);
        // joins the I/O threads
        interrupted |= !awaitShutdown();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** @return false if interrupted while waiting */
    private boolean awaitShutdown() {
        try {
            client.awaitShutdown(CLOSE_GRACE);
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }

}
