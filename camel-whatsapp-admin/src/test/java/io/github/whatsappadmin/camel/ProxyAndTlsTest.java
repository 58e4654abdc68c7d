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
package io.github.whatsappadmin.camel;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.whatsappadmin.camel.error.WhatsAppConnectionException;
import io.github.whatsappadmin.camel.error.WhatsAppGraphException;
import io.github.whatsappadmin.camel.error.WhatsAppServerException;
import io.github.whatsappadmin.camel.model.DeregisterResponse;
import org.apache.camel.Exchange;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/** HTTPS with a private trust store, through a corporate proxy; certificates and host names always verified. */
class ProxyAndTlsTest extends GraphStubTestSupport {

    private static final String PASSWORD = "changeit";
    private static final String BASIC = "Basic "
                                        + Base64.getEncoder().encodeToString("ops:s3cret".getBytes(StandardCharsets.UTF_8));

    @RegisterExtension
    static WireMockExtension tlsGraph = WireMockExtension.newInstance().options(wireMockConfig().bindAddress("127.0.0.1")
            .dynamicPort()
            .dynamicHttpsPort().keystorePath(resource("tls/graph-stub-keystore.p12")).keystoreType("PKCS12")
            .keystorePassword(PASSWORD).keyManagerPassword(PASSWORD)).build();

    private static String resource(String name) {
        try {
            return Path.of(ProxyAndTlsTest.class.getClassLoader().getResource(name).toURI()).toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void trustStoreAndAnswer() {
        KeyStoreParameters trustStore = new KeyStoreParameters();
        trustStore.setResource("classpath:tls/graph-stub-truststore.p12");
        trustStore.setType("PKCS12");
        trustStore.setPassword(PASSWORD);
        TrustManagersParameters trustManagers = new TrustManagersParameters();
        trustManagers.setKeyStore(trustStore);
        SSLContextParameters tls = new SSLContextParameters();
        tls.setTrustManagers(trustManagers);
        context.getRegistry().bind("graphTls", tls);
        tlsGraph.stubFor(post(urlPathEqualTo(path(PHONE_NUMBER_ID)))
                .willReturn(aResponse().withStatus(200).withBody("{\"success\":true}")));
    }

    private static String httpsUri(String host, String extra) {
        return "whatsapp-admin:deregister?baseUrl=https://" + host + ":" + tlsGraph.getRuntimeInfo().getHttpsPort()
               + "&accessToken=RAW(" + TOKEN + ")&phoneNumberId=" + PHONE_NUMBER_ID + extra;
    }

    private static int tlsRequests() {
        return tlsGraph.findAll(anyRequestedFor(anyUrl())).size();
    }

    @Test
    void selfSignedCertificateIsRefusedByDefault() {
        Exchange result = send(httpsUri("localhost", ""));

        WhatsAppConnectionException e = failure(result, WhatsAppConnectionException.class);
        assertThat(e.getMessage()).contains("TLS failure", "certificate or host name did not verify");
        assertThat(tlsRequests()).isZero();
    }

    @Test
    void certificateIsAcceptedWithTheRightTrustStore() {
        Exchange result = send(httpsUri("localhost", "&sslContextParameters=#graphTls"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).isInstanceOf(DeregisterResponse.class);
        assertThat(tlsGraph.findAll(anyRequestedFor(anyUrl()))).singleElement()
                .satisfies(r -> assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN));
    }

    @Test
    void hostNameIsVerifiedEvenWithATrustedCertificate() {
        // the certificate names localhost only
        Exchange result = send(httpsUri("127.0.0.1", "&sslContextParameters=#graphTls"));

        assertThat(failure(result, WhatsAppConnectionException.class).getMessage())
                .contains("TLS failure", "certificate or host name did not verify");
        assertThat(tlsRequests()).isZero();
    }

    @Test
    void plainHttpGoesThroughTheProxy() throws Exception {
        answer(200, "{\"success\":true}");
        try (RecordingProxy proxy = new RecordingProxy(null)) {
            Exchange result = send(uri("&proxyHost=127.0.0.1&proxyPort=" + proxy.port()));

            assertThat(result.getException()).isNull();
            assertThat(proxy.heads()).singleElement().asString()
                    .startsWith("POST " + graph.baseUrl() + "/v23.0/" + PHONE_NUMBER_ID + "/deregister HTTP/1.1");
        }
        assertThat(requestsReceived()).hasSize(1);
    }

    @Test
    void httpsGoesThroughTheProxyInATunnelThatHidesTheToken() throws Exception {
        try (RecordingProxy proxy = new RecordingProxy(null)) {
            Exchange result = send(httpsUri("localhost",
                    "&sslContextParameters=#graphTls&proxyHost=127.0.0.1&proxyPort=" + proxy.port()));

            assertThat(result.getException()).isNull();
            assertThat(proxy.heads()).singleElement().asString()
                    .startsWith("CONNECT localhost:" + tlsGraph.getRuntimeInfo().getHttpsPort() + " HTTP/1.1");
            assertThat(proxy.passedUpstream()).isNotEmpty().doesNotContain(TOKEN).doesNotContain("deregister");
        }
        assertThat(tlsRequests()).isEqualTo(1);
    }

    @Test
    void proxyCredentialsAreSentToAPlainHttpProxy() throws Exception {
        answer(200, "{\"success\":true}");
        try (RecordingProxy proxy = new RecordingProxy(BASIC)) {
            Exchange result = send(uri("&proxyHost=127.0.0.1&proxyPort=" + proxy.port()
                                       + "&proxyUsername=ops&proxyPassword=RAW(s3cret)"));

            // the proxy lets a request through only with these credentials, sent once
            assertThat(result.getException()).isNull();
            assertThat(proxy.heads()).singleElement().asString().contains("Proxy-Authorization: " + BASIC)
                    .satisfies(head -> assertThat(head.split("Proxy-Authorization: ", -1)).hasSize(2));
        }
        assertThat(requestsReceived()).hasSize(1);
    }

    @Test
    void proxyCredentialsOpenAnHttpsTunnelWithoutAnyJvmFlag() throws Exception {
        try (RecordingProxy proxy = new RecordingProxy(BASIC)) {
            Exchange result = send(httpsUri("localhost", "&sslContextParameters=#graphTls&proxyHost=127.0.0.1"
                                                         + "&proxyPort=" + proxy.port()
                                                         + "&proxyUsername=ops&proxyPassword=RAW(s3cret)"));

            assertThat(result.getException()).isNull();
            // sent on the first CONNECT, without waiting for a 407
            assertThat(proxy.heads()).singleElement().asString().startsWith("CONNECT ")
                    .contains("Proxy-Authorization: " + BASIC);
            // inside the tunnel, to Graph: the token, never the proxy's credentials
            assertThat(tlsGraph.findAll(anyRequestedFor(anyUrl()))).singleElement().satisfies(r -> {
                assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
                assertThat(r.containsHeader("Proxy-Authorization")).isFalse();
            });
        }
    }

    @Test
    void tunnelRefusedForWantOfCredentialsIsAConnectionFailureThatNamesTheFix() throws Exception {
        try (RecordingProxy proxy = new RecordingProxy(BASIC)) {
            Exchange result = send(httpsUri("localhost", "&sslContextParameters=#graphTls&proxyHost=127.0.0.1"
                                                         + "&proxyPort=" + proxy.port()));

            WhatsAppConnectionException e = failure(result, WhatsAppConnectionException.class);
            assertThat(e.getMessage()).contains("refused the tunnel", "407", "proxyUsername", "proxyPassword");
        }
        assertThat(tlsRequests()).isZero();
    }

    @Test
    void tunnelRefusedForWrongCredentialsSaysSoAndHidesThem() throws Exception {
        try (RecordingProxy proxy = new RecordingProxy(BASIC)) {
            Exchange result = send(httpsUri("localhost", "&sslContextParameters=#graphTls&proxyHost=127.0.0.1"
                                                         + "&proxyPort=" + proxy.port()
                                                         + "&proxyUsername=ops&proxyPassword=RAW(wrong)"));

            WhatsAppConnectionException e = failure(result, WhatsAppConnectionException.class);
            assertThat(e.getMessage()).contains("407", "proxyUsername").doesNotContain("wrong");
            assertThat(proxy.heads()).isNotEmpty().allSatisfy(head -> assertThat(head).startsWith("CONNECT "));
        }
        assertThat(tlsRequests()).isZero();
    }

    @Test
    void proxyAskingForCredentialsIsATypedFailureThatNamesTheFix() throws Exception {
        answer(200, "{\"success\":true}");
        try (RecordingProxy proxy = new RecordingProxy("Basic bm9ib2R5Om5vdGhpbmc=")) {
            Exchange result = send(uri("&proxyHost=127.0.0.1&proxyPort=" + proxy.port()));

            WhatsAppGraphException e = failure(result, WhatsAppGraphException.class);
            assertThat(e).isExactlyInstanceOf(WhatsAppGraphException.class);
            assertThat(e.getHttpResponseCode()).isEqualTo(407);
            assertThat(e.isRetryable()).isFalse();
            assertThat(e.getMessage()).contains("proxyUsername");
        }
        assertThat(requestsReceived()).isEmpty();
    }

    @Test
    void proxyPasswordEchoedInClearByTheProxyIsMasked() {
        String password = "s3cret-proxy-password";
        // the stub plays a plain-HTTP proxy that refuses and echoes the credentials it was given, decoded
        answer(502, "<html>denied for ops / " + password + "</html>", "Content-Type", "text/html; for=" + password);

        Exchange result = send("whatsapp-admin:deregister?baseUrl=http://localhost:1&accessToken=RAW(" + TOKEN
                               + ")&phoneNumberId=" + PHONE_NUMBER_ID + "&proxyHost=127.0.0.1&proxyPort=" + graph.getPort()
                               + "&proxyUsername=ops&proxyPassword=RAW(" + password + ")");

        WhatsAppServerException e = failure(result, WhatsAppServerException.class);
        assertThat(requestsReceived()).hasSize(1);
        assertThat(e.getResponseBody()).contains("denied for ops / [REDACTED]");
        assertThat(e.getMessage() + e.getResponseBody() + e.getError()).doesNotContain(password);
    }

}
