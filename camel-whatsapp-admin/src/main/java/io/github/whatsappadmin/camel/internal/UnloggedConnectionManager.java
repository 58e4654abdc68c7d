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

import java.util.concurrent.Future;

import org.apache.hc.client5.http.impl.DefaultClientConnectionReuseStrategy;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManager;
import org.apache.hc.client5.http.nio.AsyncConnectionEndpoint;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.URIScheme;
import org.apache.hc.core5.http.config.CharCodingConfig;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.config.RegistryBuilder;
import org.apache.hc.core5.http.impl.nio.ClientHttp1StreamDuplexerFactory;
import org.apache.hc.core5.http.nio.ssl.TlsStrategy;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.http.protocol.HttpProcessorBuilder;
import org.apache.hc.core5.pool.PoolConcurrencyPolicy;
import org.apache.hc.core5.pool.PoolReusePolicy;
import org.apache.hc.core5.reactor.ConnectionInitiator;
import org.apache.hc.core5.reactor.IOSession;
import org.apache.hc.core5.reactor.ProtocolIOSession;
import org.apache.hc.core5.util.Timeout;

/**
 * HttpClient 5's connection pool, but for the HTTP/1.1 handler of each new connection. HttpClient gives a connection
 * a listener that prints every response header as received on {@code org.apache.hc.client5.http.headers} whenever
 * one of its loggers is at DEBUG (HttpAsyncClientProtocolNegotiationStarter, in 5.4 and 5.6 alike), before any code of
 * the component sees the answer: a proxy or gateway echoing the token or the proxy password in a header would have it
 * logged. HttpClient has no option to leave that listener out, so once the socket is connected, before its handler
 * sees any event, the connection gets HttpCore's own handler, configured as HttpClient's, without the listener, and
 * whose failures do not quote the answer either ({@link QuietHttp1Handler}).
 * <p>
 * HttpClient's header log therefore stays silent for the component's connections, requests and answers alike.
 */
final class UnloggedConnectionManager extends PoolingAsyncClientConnectionManager {

    /** As HttpAsyncClientBuilder configures HTTP/1.1 (same parser, writer and reuse strategy), with no listener. */
    private static final ClientHttp1StreamDuplexerFactory HTTP_1 = new ClientHttp1StreamDuplexerFactory(
            HttpProcessorBuilder.create().build(), Http1Config.DEFAULT, CharCodingConfig.DEFAULT,
            DefaultClientConnectionReuseStrategy.INSTANCE, null, null, null);

    UnloggedConnectionManager(TlsStrategy tlsStrategy) {
        super(RegistryBuilder.<TlsStrategy> create().register(URIScheme.HTTPS.id, tlsStrategy).build(),
              PoolConcurrencyPolicy.STRICT, PoolReusePolicy.LIFO, null);
    }

    @Override
    public Future<AsyncConnectionEndpoint> connect(AsyncConnectionEndpoint endpoint, ConnectionInitiator initiator,
                                                   Timeout timeout, Object attachment, HttpContext context,
                                                   FutureCallback<AsyncConnectionEndpoint> callback) {
        ConnectionInitiator unlogged = (remote, remoteAddress, localAddress, connectTimeout, sessionAttachment,
                                        sessionCallback) -> initiator.connect(remote, remoteAddress, localAddress,
                                                connectTimeout, sessionAttachment, new Unlogged(sessionCallback));
        return super.connect(endpoint, unlogged, timeout, attachment, context, callback);
    }

    /** Swaps the handler of a session just connected; the reactor calls it before dispatching the connect event. */
    private static final class Unlogged implements FutureCallback<IOSession> {

        private final FutureCallback<IOSession> delegate;

        Unlogged(FutureCallback<IOSession> delegate) {
            this.delegate = delegate;
        }

        @Override
        public void completed(IOSession session) {
            // HttpCore's reactor completes the request with the session's ProtocolIOSession, on its I/O thread
            ProtocolIOSession protocolSession = (ProtocolIOSession) session;
            protocolSession.upgrade(new QuietHttp1Handler(HTTP_1.create(protocolSession)));
            delegate.completed(session);
        }

        @Override
        public void failed(Exception cause) {
            delegate.failed(cause);
        }

        @Override
        public void cancelled() {
            delegate.cancelled();
        }
    }
}
