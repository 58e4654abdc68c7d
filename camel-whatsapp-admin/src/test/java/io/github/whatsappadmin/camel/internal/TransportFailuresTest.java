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

import java.net.SocketException;
import java.net.UnknownHostException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;

import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

import io.github.whatsappadmin.camel.internal.TransportFailure.Kind;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.HttpHostConnectException;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.TruncatedChunkException;
import org.apache.hc.core5.util.Deadline;
import org.apache.hc.core5.util.DeadlineTimeoutException;
import org.apache.hc.core5.util.TimeValue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The failures a loopback test cannot provoke (a name that does not resolve, a connect that times out, a certificate
 * chain that does not validate), given as HttpClient 5 raises them, and the kinds they map to.
 */
class TransportFailuresTest {

    private static TransportFailure of(Exception error, boolean requestSent, boolean answerStarted) {
        return TransportFailures.of(error, requestSent, answerStarted);
    }

    @Test
    void unknownHostWasNotSentEvenWhenWrapped() {
        TransportFailure f = of(new ExecutionException(new UnknownHostException("graph.example: Name or service not known")),
                false, false);

        assertThat(f.kind()).isEqualTo(Kind.UNKNOWN_HOST);
        assertThat(f.requestSent()).isFalse();
        assertThat(f.detail()).contains("graph.example");
    }

    @Test
    void connectTimeoutIsNotAConnectionRefused() {
        TransportFailure f = of(new ConnectTimeoutException(
                "Connect to graph.example:443 timed out. Connection timeout: 10000 MILLISECONDS"), false, false);

        assertThat(f.kind()).isEqualTo(Kind.CONNECT_TIMEOUT);
        assertThat(f.requestSent()).isFalse();
    }

    @Test
    void hostConnectExceptionIsARefusedConnection() {
        TransportFailure f = of(new HttpHostConnectException("Connect to http://127.0.0.1:1 failed"), false, false);

        assertThat(f.kind()).isEqualTo(Kind.CONNECTION_REFUSED);
    }

    @Test
    void handshakeFailingOnTheCertificateChainIsACertificateFailure() {
        SSLHandshakeException handshake = new SSLHandshakeException("PKIX path validation failed");
        handshake.initCause(new CertificateException(new CertPathValidatorException("validity check failed")));

        assertThat(of(handshake, false, false).kind()).isEqualTo(Kind.CERTIFICATE);
    }

    @Test
    void hostNameNotMatchingTheCertificateIsACertificateFailure() {
        assertThat(of(new SSLPeerUnverifiedException("Certificate for <127.0.0.1> doesn't match any of the subject"
                                                     + " alternative names: [localhost]"), false, false).kind())
                .isEqualTo(Kind.CERTIFICATE);
        assertThat(of(new SSLHandshakeException("No subject alternative names matching IP address 127.0.0.1 found"),
                false, false).kind()).isEqualTo(Kind.CERTIFICATE);
    }

    @Test
    void otherHandshakeFailuresAreTlsHandshakeFailures() {
        TransportFailure f = of(new SSLHandshakeException("Received fatal alert: protocol_version"), false, false);

        assertThat(f.kind()).isEqualTo(Kind.TLS_HANDSHAKE);
        assertThat(f.requestSent()).isFalse();
    }

    @Test
    void poolWaitPastItsTimeoutIsATimeoutBeforeSending() {
        TransportFailure f = of(DeadlineTimeoutException.from(Deadline.calculate(TimeValue.ofMilliseconds(1))), false,
                false);

        assertThat(f.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(f.requestSent()).isFalse();
    }

    @Test
    void bodyCutShortIsMalformedButAConnectionClosedBeforeAnyAnswerIsLost() {
        ConnectionClosedException closed = new ConnectionClosedException("Premature end of Content-Length delimited"
                                                                         + " message body (expected: 160; received: 16)");

        assertThat(of(closed, true, true).kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
        assertThat(of(new ConnectionClosedException("Connection closed by peer"), true, false).kind())
                .isEqualTo(Kind.CONNECTION_LOST);
        assertThat(of(new TruncatedChunkException("Truncated chunk (expected size: 16; actual size: 3)"), true, true)
                .kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
    }

    @Test
    void resetIsLostAndSaysWhetherTheRequestHadGone() {
        assertThat(of(new SocketException("Connection reset"), true, false))
                .satisfies(f -> assertThat(f.kind()).isEqualTo(Kind.CONNECTION_LOST))
                .satisfies(f -> assertThat(f.requestSent()).isTrue());
        assertThat(of(new SocketException("Connection reset"), false, false).requestSent()).isFalse();
    }

    @Test
    void clientThatNoLongerRunsMeansTheComponentStopped() {
        assertThat(of(new CancellationException("Request execution cancelled"), false, false).kind())
                .isEqualTo(Kind.STOPPED);
    }
}
