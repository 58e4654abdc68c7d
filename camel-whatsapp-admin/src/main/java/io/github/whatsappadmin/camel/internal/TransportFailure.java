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

/**
 * Why a call got no complete answer. The transport says what happened and whether Graph may have received the
 * request; the classifier decides what that means for the route (retryable or not, the message).
 *
 * @param kind        what happened
 * @param requestSent whether the request may have reached Graph (false only when it surely did not)
 * @param detail      a short technical detail for the message (never a secret), or {@code null}
 * @param cause       the underlying exception, or {@code null}
 */
public record TransportFailure(Kind kind, boolean requestSent, String detail, Throwable cause) {

    public enum Kind {
        /** The host name could not be resolved. Nothing was sent. */
        UNKNOWN_HOST,
        /** The connection was refused. Nothing was sent. */
        CONNECTION_REFUSED,
        /** No connection within connectTimeout. Nothing was sent. */
        CONNECT_TIMEOUT,
        /** The TLS handshake failed for a reason other than trust. Nothing was sent. */
        TLS_HANDSHAKE,
        /** The server's certificate or host name did not verify. Nothing was sent; a retry cannot fix it. */
        CERTIFICATE,
        /** The proxy refused the tunnel (CONNECT). Nothing was sent to Graph. */
        PROXY_TUNNEL,
        /** The connection broke after the request may have been sent (reset, closed early). */
        CONNECTION_LOST,
        /**
         * The answer was not valid HTTP (bad framing: Content-Length invalid or conflicting, bad chunking, cut short).
         */
        MALFORMED_RESPONSE,
        /** No complete answer within requestTimeout (pool wait, connect, headers and body included). */
        TIMEOUT,
        /** The component stopped while the call was waiting or in flight. */
        STOPPED,
        /** Anything else. */
        OTHER
    }
}
