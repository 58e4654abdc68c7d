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

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.whatsappadmin.camel.internal.TransportFailure.Kind;
import org.apache.hc.core5.concurrent.BasicFuture;
import org.apache.hc.core5.concurrent.Cancellable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One call's end: whether it reports its request as sent, and what it aborts. The exchange it drives is HttpClient's;
 * here its two handles (the client's future, the cancel of the request on its connection) are plain objects whose
 * cancels are counted.
 */
class GraphCallTest {

    private final Set<GraphCall> inFlight = ConcurrentHashMap.newKeySet();
    private final List<Object> ends = new CopyOnWriteArrayList<>();
    private final GraphCall call = new GraphCall(new GraphTransport.Callback() {
        @Override
        public void completed(GraphResponse response) {
            ends.add(response);
        }

        @Override
        public void failed(TransportFailure failure) {
            ends.add(failure);
        }
    }, inFlight);
    private final AtomicInteger executionCancels = new AtomicInteger();
    /** The cancel of the request on its connection, counted. */
    private final Cancellable execution = () -> executionCancels.incrementAndGet() > 0;

    {
        inFlight.add(call);
    }

    private TransportFailure onlyFailure() {
        assertThat(ends).hasSize(1).first().isInstanceOf(TransportFailure.class);
        return (TransportFailure) ends.get(0);
    }

    @Test
    void aDeadlineBeforeTheRequestLeftReportsItNotSentAndTheRequestIsThenRefused() {
        call.run();

        assertThat(onlyFailure().kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(onlyFailure().requestSent()).isFalse();
        assertThat(call.sending()).as("the request may go out").isFalse();
        assertThat(call.isRequestSent()).isFalse();
        assertThat(inFlight).isEmpty();
    }

    @Test
    void aStopAfterTheRequestLeftReportsItSent() {
        assertThat(call.sending()).isTrue();

        call.abort(Kind.STOPPED, null, null);

        assertThat(onlyFailure().kind()).isEqualTo(Kind.STOPPED);
        assertThat(onlyFailure().requestSent()).isTrue();
    }

    @Test
    void anAbortCancelsTheRequestOnItsConnectionEvenWhenTheClientsFutureNoLongerHoldsIt() {
        // the client's future: its cancel reaches only a step that already completed
        BasicFuture<Object> future = new BasicFuture<>(null);
        call.exchange(future);
        call.executing(execution);
        assertThat(call.sending()).isTrue();

        call.run();

        assertThat(future.isCancelled()).isTrue();
        assertThat(executionCancels).hasValue(1);
        assertThat(onlyFailure().requestSent()).isTrue();
    }

    @Test
    void aRequestExecutedAfterTheCallWasAbortedIsCancelledAtOnce() {
        call.abort(Kind.STOPPED, null, null);

        call.executing(execution);
        BasicFuture<Object> future = new BasicFuture<>(null);
        call.exchange(future);

        assertThat(executionCancels).hasValue(1);
        assertThat(future.isCancelled()).isTrue();
    }

    @Test
    void anAnswerCancelsNothingAndLaterEndsAreIgnored() {
        BasicFuture<Object> future = new BasicFuture<>(null);
        call.exchange(future);
        call.executing(execution);
        call.sending();
        GraphResponse answer = new GraphResponse(200, "OK", java.util.Map.of(), new byte[0], false);

        call.completed(answer);
        call.run();
        call.abort(Kind.STOPPED, null, null);
        call.failed(new java.io.IOException("late"));
        call.exchange(new BasicFuture<>(null));

        assertThat(ends).containsExactly(answer);
        assertThat(executionCancels).hasValue(0);
        assertThat(future.isCancelled()).isFalse();
    }
}
