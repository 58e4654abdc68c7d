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
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.util.List;

import org.apache.hc.client5.http.EndpointInfo;
import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.async.AsyncExecCallback;
import org.apache.hc.client5.http.async.AsyncExecChain;
import org.apache.hc.client5.http.async.AsyncExecChainHandler;
import org.apache.hc.client5.http.async.AsyncExecRuntime;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.concurrent.Cancellable;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.Method;
import org.apache.hc.core5.http.nio.AsyncClientExchangeHandler;
import org.apache.hc.core5.http.nio.AsyncEntityProducer;
import org.apache.hc.core5.http.nio.CapacityChannel;
import org.apache.hc.core5.http.nio.DataStreamChannel;
import org.apache.hc.core5.http.nio.RequestChannel;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.util.TimeValue;

/**
 * The first step of every exchange: it sees each request head at the moment it is handed to a connection, the
 * proxy's CONNECT included, and tells the {@link GraphCall} that Graph may now receive the request: before that
 * moment (pool wait, connect, TLS, tunnel) nothing was sent.
 */
final class SendWatcher implements AsyncExecChainHandler {

    static final String NAME = "whatsapp-admin-send-watcher";

    @Override
    public void execute(HttpRequest request, AsyncEntityProducer entityProducer, AsyncExecChain.Scope scope,
                        AsyncExecChain chain, AsyncExecCallback callback) throws HttpException, IOException {
        GraphCall call = (GraphCall) scope.clientContext.getAttribute(GraphCall.ATTRIBUTE);
        AsyncExecChain.Scope watched = new AsyncExecChain.Scope(scope.exchangeId, scope.route, scope.originalRequest,
                scope.cancellableDependency, scope.clientContext, new Runtime(scope.execRuntime, call), scope.scheduler,
                scope.execCount);
        chain.proceed(request, entityProducer, watched, callback);
    }

    /** The exchange's runtime, unchanged but for the requests it executes. */
    private static final class Runtime implements AsyncExecRuntime {

        private final AsyncExecRuntime delegate;
        private final GraphCall call;

        Runtime(AsyncExecRuntime delegate, GraphCall call) {
            this.delegate = delegate;
            this.call = call;
        }

        /**
         * HttpClient may cancel an exchange after its answer was delivered: the thread that handed the request to the
         * connection registers the exchange's cancel with the call's future afterwards, and a future already done
         * cancels it at once. If the answer's delivery is still under way then (the route continuing on the I/O
         * thread), that cancel closes a healthy connection and the pool opens another. Once the answer is read there is
         * nothing to abort, so such a cancel is ignored; before that (a deadline, a stop) it aborts the exchange. The
         * call keeps this cancel itself too: the future may have lost it (see {@link GraphCall}).
         */
        @Override
        public Cancellable execute(String id, AsyncClientExchangeHandler exchangeHandler, HttpClientContext context) {
            Cancellable exchange = delegate.execute(id, new Handler(exchangeHandler, call), context);
            if (call == null) {
                return exchange;
            }
            Cancellable unlessAnswered = () -> !call.isAnswerRead() && exchange.cancel();
            call.executing(unlessAnswered);
            return unlessAnswered;
        }

        @Override
        public boolean isEndpointAcquired() {
            return delegate.isEndpointAcquired();
        }

        @Override
        public Cancellable acquireEndpoint(String id, HttpRoute route, Object state, HttpClientContext context,
                                           FutureCallback<AsyncExecRuntime> callback) {
            return delegate.acquireEndpoint(id, route, state, context, callback);
        }

        @Override
        public void releaseEndpoint() {
            delegate.releaseEndpoint();
        }

        @Override
        public void discardEndpoint() {
            delegate.discardEndpoint();
        }

        @Override
        public boolean isEndpointConnected() {
            return delegate.isEndpointConnected();
        }

        @Override
        public Cancellable connectEndpoint(HttpClientContext context, FutureCallback<AsyncExecRuntime> callback) {
            return delegate.connectEndpoint(context, callback);
        }

        @Override
        public void disconnectEndpoint() {
            delegate.disconnectEndpoint();
        }

        @Override
        public void upgradeTls(HttpClientContext context) {
            delegate.upgradeTls(context);
        }

        @Override
        public void upgradeTls(HttpClientContext context, FutureCallback<AsyncExecRuntime> callback) {
            delegate.upgradeTls(context, callback);
        }

        @Override
        public EndpointInfo getEndpointInfo() {
            return delegate.getEndpointInfo();
        }

        @Override
        public boolean validateConnection() {
            return delegate.validateConnection();
        }

        @Override
        public void markConnectionReusable(Object state, TimeValue validityTime) {
            delegate.markConnectionReusable(state, validityTime);
        }

        @Override
        public void markConnectionNonReusable() {
            delegate.markConnectionNonReusable();
        }

        @Override
        public AsyncExecRuntime fork() {
            return new Runtime(delegate.fork(), call);
        }
    }

    /** An exchange, unchanged: it only watches its request head go to the connection. */
    private static final class Handler implements AsyncClientExchangeHandler {

        private final AsyncClientExchangeHandler delegate;
        private final GraphCall call;

        Handler(AsyncClientExchangeHandler delegate, GraphCall call) {
            this.delegate = delegate;
            this.call = call;
        }

        @Override
        public void produceRequest(RequestChannel channel, HttpContext context) throws HttpException, IOException {
            delegate.produceRequest((request, entityDetails, requestContext) -> {
                if (call != null && !Method.CONNECT.isSame(request.getMethod()) && !call.sending()) {
                    // the call ended first (its deadline, a stop) and was reported as not sent: so it is not sent
                    throw new InterruptedIOException("the call ended before its request was sent");
                }
                channel.sendRequest(request, entityDetails, requestContext);
            }, context);
        }

        @Override
        public void consumeResponse(HttpResponse response, EntityDetails entityDetails, HttpContext context)
                throws HttpException, IOException {
            delegate.consumeResponse(response, entityDetails, context);
        }

        @Override
        public void consumeInformation(HttpResponse response, HttpContext context) throws HttpException, IOException {
            delegate.consumeInformation(response, context);
        }

        @Override
        public void cancel() {
            delegate.cancel();
        }

        @Override
        public void failed(Exception cause) {
            delegate.failed(cause);
        }

        @Override
        public void updateCapacity(CapacityChannel capacityChannel) throws IOException {
            delegate.updateCapacity(capacityChannel);
        }

        @Override
        public void consume(ByteBuffer src) throws IOException {
            delegate.consume(src);
        }

        @Override
        public void streamEnd(List<? extends Header> trailers) throws HttpException, IOException {
            delegate.streamEnd(trailers);
        }

        @Override
        public int available() {
            return delegate.available();
        }

        @Override
        public void produce(DataStreamChannel channel) throws IOException {
            delegate.produce(channel);
        }

        @Override
        public void releaseResources() {
            delegate.releaseResources();
        }
    }
}
