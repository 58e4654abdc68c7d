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

import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.hc.core5.concurrent.FutureCallback;

/**
 * One call in flight: it ends exactly once, whichever comes first of the answer, a failure, its deadline (it is the
 * deadline task) or the transport's close, and ending it cancels whatever is left (the deadline, the exchange, which
 * closes its connection). It also records how far the call got, so that a failure says whether Graph may have received
 * the request.
 */
final class GraphCall implements FutureCallback<GraphResponse>, Runnable {

    /** The attribute of the call's HTTP context that holds it. */
    static final String ATTRIBUTE = GraphCall.class.getName();

    private final GraphTransport.Callback callback;
    private final Set<GraphCall> inFlight;
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile boolean requestSent;
    private volatile boolean answerStarted;
    private volatile Future<?> exchange;
    private volatile Future<?> deadline;

    GraphCall(GraphTransport.Callback callback, Set<GraphCall> inFlight) {
        this.callback = callback;
        this.inFlight = inFlight;
    }

    void deadline(Future<?> deadline) {
        this.deadline = deadline;
        if (ended.get()) {
            deadline.cancel(false);
        }
    }

    void exchange(Future<?> exchange) {
        this.exchange = exchange;
        if (ended.get()) {
            exchange.cancel(true);
        }
    }

    /** The request head is being handed to Graph's connection (after any pool wait, connect, TLS and tunnel). */
    void requestSent() {
        requestSent = true;
    }

    boolean isRequestSent() {
        return requestSent;
    }

    /** The head of an answer arrived. */
    void answerStarted() {
        answerStarted = true;
    }

    boolean isAnswerStarted() {
        return answerStarted;
    }

    boolean hasEnded() {
        return ended.get();
    }

    @Override
    public void completed(GraphResponse response) {
        if (end()) {
            callback.completed(response);
        }
    }

    @Override
    public void failed(Exception error) {
        fail(TransportFailures.of(error, requestSent, answerStarted));
    }

    @Override
    public void cancelled() {
        // nothing but this class and the client's shutdown cancels an exchange
        fail(new TransportFailure(TransportFailure.Kind.STOPPED, requestSent, null, null));
    }

    /** The deadline. */
    @Override
    public void run() {
        fail(new TransportFailure(TransportFailure.Kind.TIMEOUT, requestSent, null, null));
    }

    void fail(TransportFailure failure) {
        if (end()) {
            callback.failed(failure);
        }
    }

    private boolean end() {
        if (!ended.compareAndSet(false, true)) {
            return false;
        }
        inFlight.remove(this);
        Future<?> d = deadline;
        if (d != null) {
            d.cancel(false);
        }
        Future<?> e = exchange;
        if (e != null && !e.isDone()) {
            e.cancel(true);
        }
        return true;
    }
}
