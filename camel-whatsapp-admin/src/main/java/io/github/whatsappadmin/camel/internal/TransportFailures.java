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
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

import io.github.whatsappadmin.camel.internal.TransportFailure.Kind;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.MalformedChunkCodingException;
import org.apache.hc.core5.http.ProtocolException;

/**
 * Says what an HttpClient 5 failure means for the route: its {@link Kind}, and whether Graph may have received the
 * request ({@code requestSent}: true once the request head was handed to Graph's connection, whatever happened next).
 */
final class TransportFailures {

    private static final int MAX_CAUSES = 16;

    private TransportFailures() {
    }

    static TransportFailure of(Throwable error, boolean requestSent, boolean answerStarted) {
        Throwable cause = error;
        while (cause instanceof ExecutionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String detail = detail(cause);
        if (find(cause, UnknownHostException.class) != null) {
            return new TransportFailure(Kind.UNKNOWN_HOST, false, detail, cause);
        }
        if (find(cause, ConnectTimeoutException.class) != null) {
            return new TransportFailure(Kind.CONNECT_TIMEOUT, false, detail, cause);
        }
        if (find(cause, ConnectException.class) != null) {
            return new TransportFailure(Kind.CONNECTION_REFUSED, false, detail, cause);
        }
        if (!requestSent && find(cause, SSLException.class) != null) {
            return new TransportFailure(isCertificate(cause) ? Kind.CERTIFICATE : Kind.TLS_HANDSHAKE, false, detail,
                    cause);
        }
        if (find(cause, ProtocolException.class) != null || find(cause, MalformedChunkCodingException.class) != null
            || answerStarted && find(cause, ConnectionClosedException.class) != null) {
            // invalid or conflicting Content-Length, bad chunking, a body cut short: never a success
            return new TransportFailure(Kind.MALFORMED_RESPONSE, requestSent, detail, cause);
        }
        if (find(cause, SocketTimeoutException.class) != null || find(cause, TimeoutException.class) != null) {
            // before sending: the TLS handshake or the tunnel took too long; a pool wait ends in TIMEOUT too
            return new TransportFailure(requestSent || find(cause, TimeoutException.class) != null
                    ? Kind.TIMEOUT : Kind.CONNECT_TIMEOUT, requestSent, detail, cause);
        }
        if (cause instanceof CancellationException) {
            // the client refuses new calls once it is closing
            return new TransportFailure(Kind.STOPPED, requestSent, detail, cause);
        }
        if (find(cause, IOException.class) != null) {
            return new TransportFailure(Kind.CONNECTION_LOST, requestSent, detail, cause);
        }
        return new TransportFailure(Kind.OTHER, requestSent, detail, cause);
    }

    /** Certificate and host name verification failures, which a retry cannot fix, apart from other TLS failures. */
    private static boolean isCertificate(Throwable error) {
        if (find(error, CertificateException.class) != null || find(error, CertPathValidatorException.class) != null
            || find(error, CertPathBuilderException.class) != null
            || find(error, SSLPeerUnverifiedException.class) != null) {
            return true;
        }
        Throwable t = error;
        for (int i = 0; t != null && i < MAX_CAUSES; i++, t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (t instanceof SSLHandshakeException && (message.contains("subject alternative name")
                                                       || message.contains("certificate"))) {
                return true;
            }
        }
        return false;
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        Throwable t = error;
        for (int i = 0; t != null && i < MAX_CAUSES; i++, t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** The exception's class and message: HttpClient's messages name hosts, ports and lengths, never a header value. */
    private static String detail(Throwable error) {
        return error.getClass().getSimpleName() + (error.getMessage() != null ? ": " + error.getMessage() : "");
    }
}
