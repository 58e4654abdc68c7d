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
import java.util.concurrent.atomic.AtomicInteger;

import io.github.whatsappadmin.camel.internal.TransportFailure.Kind;
import org.apache.hc.core5.concurrent.Cancellable;
import org.apache.hc.core5.concurrent.FutureCallback;

/**
 * One call in flight: it ends exactly once, whichever comes first of the answer, a failure, its deadline (it is the
 * deadline task) or the transport's close. It also records how far the call got, so that a failure says whether Graph
 * may have received the request, and that answer holds: a call that ends before its request head left (a deadline in
 * the pool wait, a stop during the connect) is reported as not sent, and its request is then never sent.
 * <p>
 * A call that ends without its answer aborts what is left of its exchange: the pool wait or the connect through the
 * client's future, and the request on its connection through the exchange's own cancel, which closes the connection.
 * HttpClient's future cannot be relied on for the latter: it holds whichever step registered last, and a step that
 * completed on the calling thread may register after the exchange already started on an I/O thread.
 */
final class GraphCall implements FutureCallback<GraphResponse>, Runnable {

    /** The attribute of the call's HTTP context that holds it. */
    static final String ATTRIBUTE = GraphCall.class.getName();

    private static final int NOT_SENT = 0;
    private static final int SENT = 1;
    /** Ended before its request head left: it never will. */
    private static final int NEVER_SENT = 2;

    private final GraphTransport.Callback callback;
    private final Set<GraphCall> inFlight;
    private final AtomicBoolean ended = new AtomicBoolean();
    private final AtomicInteger sending = new AtomicInteger(NOT_SENT);
    private volatile boolean aborted;
    private volatile boolean answerStarted;
    private volatile boolean answerRead;
    private volatile Future<?> exchange;
    private volatile Cancellable execution;
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

    /** The client's future of the exchange: what cancels the pool wait and the connect. */
    void exchange(Future<?> exchange) {
        this.exchange = exchange;
        if (aborted) {
            exchange.cancel(true);
        }
    }

    /** The cancel of the request being executed on its connection (or of the proxy's CONNECT before it). */
    void executing(Cancellable execution) {
        this.execution = execution;
        if (aborted) {
            execution.cancel();
        }
    }

    /**
     * The request head is about to be handed to Graph's connection (after any pool wait, connect, TLS and tunnel).
     *
     * @return false if the call already ended, reported as not sent: the request must not be sent
     */
    boolean sending() {
        return sending.compareAndSet(NOT_SENT, SENT) || sending.get() == SENT;
    }

    boolean isRequestSent() {
        return sending.get() == SENT;
    }

    /** The head of an answer arrived. */
    void answerStarted() {
        answerStarted = true;
    }

    boolean isAnswerStarted() {
        return answerStarted;
    }

    /** The whole answer was read and is about to be delivered: from now on the exchange has nothing left to abort. */
    void answerRead() {
        answerRead = true;
    }

    boolean isAnswerRead() {
        return answerRead;
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

    /** HttpClient's own failure: it has already torn the exchange down. */
    @Override
    public void failed(Exception error) {
        if (end()) {
            callback.failed(TransportFailures.of(error, isRequestSent(), answerStarted));
        }
    }

    @Override
    public void cancelled() {
        // nothing but this class and the client's shutdown cancels an exchange
        abort(Kind.STOPPED, null, null);
    }

    /** The deadline. */
    @Override
    public void run() {
        abort(Kind.TIMEOUT, null, null);
    }

    /**
     * Ends the call with a failure of this class's own making, and aborts its exchange.
     *
     * @param detail what the route is told beyond the kind, or null
     * @param cause  the exception behind it, or null
     */
    void abort(Kind kind, String detail, Throwable cause) {
        if (!end()) {
            return;
        }
        // decides, once and for all, whether Graph may have the request: if not, it never will
        boolean sent = !sending.compareAndSet(NOT_SENT, NEVER_SENT);
        aborted = true;
        Future<?> e = exchange;
        if (e != null) {
            e.cancel(true);
        }
        Cancellable x = execution;
        if (x != null) {
            x.cancel();
        }
        callback.failed(new TransportFailure(kind, sent, detail, cause));
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
        return true;
    }
}
