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
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.whatsappadmin.camel.internal.TransportFailure.Kind;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;
import org.apache.hc.core5.http.nio.CapacityChannel;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Reads one answer into a {@link GraphResponse}: status, reason, headers and the body up to
 * {@link GraphResponse#READ_LIMIT}. Past the limit it stops: the call completes with what was read (truncated), and
 * the exchange is aborted, so the connection is closed rather than kept with unread bytes. The body's declared charset
 * is not parsed: a bogus one from a proxy is no failure.
 */
final class BoundedResponseConsumer implements AsyncResponseConsumer<GraphResponse> {

    private static final int INITIAL_CAPACITY = 1024;

    private final GraphCall call;
    private int status;
    private String reason;
    private Map<String, List<String>> headers;
    private byte[] body = new byte[0];
    private int length;
    private FutureCallback<GraphResponse> result;

    BoundedResponseConsumer(GraphCall call) {
        this.call = call;
    }

    @Override
    public void consumeResponse(HttpResponse response, EntityDetails entityDetails, HttpContext context,
                                FutureCallback<GraphResponse> resultCallback) {
        if (!call.isRequestSent()) {
            // Only the proxy answers before the request is sent: it refused the tunnel (CONNECT).
            call.abort(Kind.PROXY_TUNNEL, "the proxy answered the tunnel request (CONNECT) with " + response.getCode()
                                          + reasonSuffix(response), null);
            return;
        }
        call.answerStarted();
        status = response.getCode();
        reason = response.getReasonPhrase() == null || response.getReasonPhrase().isEmpty()
                ? null : response.getReasonPhrase();
        headers = new LinkedHashMap<>();
        for (Header header : response.getHeaders()) {
            headers.computeIfAbsent(header.getName().toLowerCase(Locale.ROOT), n -> new ArrayList<>(1))
                    .add(header.getValue());
        }
        result = resultCallback;
        if (entityDetails == null) {
            deliver();
            return;
        }
        long declared = entityDetails.getContentLength();
        body = new byte[declared >= 0 && declared <= GraphResponse.READ_LIMIT ? (int) declared : INITIAL_CAPACITY];
    }

    private static String reasonSuffix(HttpResponse response) {
        return response.getReasonPhrase() == null || response.getReasonPhrase().isEmpty()
                ? "" : " " + response.getReasonPhrase();
    }

    @Override
    public void informationResponse(HttpResponse response, HttpContext context) {
        // 1xx: the answer is still to come
    }

    @Override
    public void updateCapacity(CapacityChannel capacityChannel) throws IOException {
        capacityChannel.update(Integer.MAX_VALUE);
    }

    @Override
    public void consume(ByteBuffer src) throws IOException {
        if (call.hasEnded()) {
            src.position(src.limit());
            return;
        }
        int room = GraphResponse.READ_LIMIT - length;
        int take = Math.min(room, src.remaining());
        if (length + take > body.length) {
            body = Arrays.copyOf(body, Math.min(GraphResponse.READ_LIMIT, Math.max(body.length * 2, length + take)));
        }
        src.get(body, length, take);
        length += take;
        if (src.hasRemaining()) {
            call.completed(response(true));
            // aborts the exchange: its connection is closed, not returned to the pool with the rest unread
            throw new IOException("answer longer than " + GraphResponse.READ_LIMIT + " bytes: the rest is not read");
        }
    }

    @Override
    public void streamEnd(List<? extends Header> trailers) {
        if (result != null) {
            deliver();
        }
    }

    /** The whole answer, read: the exchange has nothing left to abort (see {@link GraphCall#answerRead()}). */
    private void deliver() {
        call.answerRead();
        result.completed(response(false));
    }

    private GraphResponse response(boolean truncated) {
        return new GraphResponse(status, reason, headers, Arrays.copyOf(body, length), truncated);
    }

    @Override
    public void failed(Exception cause) {
        // the call's callback hears of it
    }

    @Override
    public void releaseResources() {
        body = new byte[0];
    }
}
