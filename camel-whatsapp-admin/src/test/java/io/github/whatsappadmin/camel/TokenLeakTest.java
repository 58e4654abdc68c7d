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

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.management.MBeanAttributeInfo;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.whatsappadmin.camel.error.WhatsAppAuthenticationException;
import io.github.whatsappadmin.camel.error.WhatsAppConnectionException;
import io.github.whatsappadmin.camel.error.WhatsAppGraphException;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The token and the proxy password never leak: not in any log line of any logger at DEBUG (Camel's, ours) nor of
 * HttpClient's at TRACE (its header log included), nor in exceptions, stack traces, toString(), headers or JMX, while
 * calls succeed and fail in every way of the fault matrix, through plain and tunnelling proxies with credentials too,
 * and while Graph and the proxy echo them in the headers and status lines of their answers, or in answers that do not
 * parse.
 */
class TokenLeakTest extends GraphStubTestSupport {

    private static final String HEADER_LOG = "org.apache.hc.client5.http.headers";
    private static final String TLS_PASSWORD = "changeit";

    @RegisterExtension
    static WireMockExtension tlsGraph = WireMockExtension.newInstance().options(wireMockConfig().bindAddress("127.0.0.1")
            .dynamicPort()
            .dynamicHttpsPort().keystorePath(resource("tls/graph-stub-keystore.p12")).keystoreType("PKCS12")
            .keystorePassword(TLS_PASSWORD).keyManagerPassword(TLS_PASSWORD)).build();

    private static String resource(String name) {
        try {
            return java.nio.file.Path.of(TokenLeakTest.class.getClassLoader().getResource(name).toURI()).toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static SSLContextParameters trustingTheStub() {
        KeyStoreParameters trustStore = new KeyStoreParameters();
        trustStore.setResource("classpath:tls/graph-stub-truststore.p12");
        trustStore.setType("PKCS12");
        trustStore.setPassword(TLS_PASSWORD);
        TrustManagersParameters trustManagers = new TrustManagersParameters();
        trustManagers.setKeyStore(trustStore);
        SSLContextParameters tls = new SSLContextParameters();
        tls.setTrustManagers(trustManagers);
        return tls;
    }

    private static final String PROXY_PASSWORD = "Pr0xyPassw0rdValue";
    private static final String PROXY_CREDENTIALS_BASE64 = java.util.Base64.getEncoder()
            .encodeToString(("ops:" + PROXY_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));

    /** Loggers of the in-process stand-in for Graph: it is the server that receives the token, not the user's code. */
    private static boolean isStubServer(String logger) {
        return logger.startsWith("wiremock.") || logger.startsWith("com.github.tomakehurst")
               || logger.startsWith("org.wiremock");
    }

    @Test
    void tokenAppearsNowhereWhileCallsSucceedAndFail() throws Exception {
        int closedPort = LoopbackPorts.closed();
        List<String> observed = new ArrayList<>();
        List<LogCapture.Line> lines;
        int sends;
        try (LogCapture capture = LogCapture.at(Level.DEBUG, "org.apache.hc");
             RawHttpServer malformed = RawHttpServer.answeringThenClosing(
                     "HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n{\"success\":true}");
             RawHttpServer cutShort = RawHttpServer.answeringThenClosing(
                     "HTTP/1.1 401 Unauthorized\r\nContent-Length: 500\r\n\r\n{\"error\":{\"message\":\"" + TOKEN)) {
            CamelContext jmxContext = withJmx(DefaultCamelContext::new);
            jmxContext.getRegistry().bind("graphTls", trustingTheStub());
            jmxContext.start();
            try (ProducerTemplate producer = jmxContext.createProducerTemplate()) {
                // the token literally in the URI, and on the component
                String inUri = uri("");
                WhatsAppAdminConfiguration shared = jmxContext
                        .getComponent("whatsapp-admin", WhatsAppAdminComponent.class).getConfiguration();
                shared.setAccessToken(TOKEN);
                // The matrix deregisters one number more often than its allowance of 10 in 72 hours.
                shared.setRegistrationBudget(0);
                String onComponent = "whatsapp-admin:deregister?baseUrl=" + graph.baseUrl() + "&phoneNumberId="
                                     + PHONE_NUMBER_ID;

                answer(200, "{\"success\":true}");
                observed.add(describe(producer.send(inUri, e -> {})));
                observed.add(describe(producer.send(onComponent, e -> {})));

                answer(401, "{\"error\":{\"message\":\"Invalid OAuth access token: " + TOKEN + "\","
                            + "\"type\":\"OAuthException\",\"code\":190,\"fbtrace_id\":\"X\"}}",
                        "WWW-Authenticate", "OAuth \"Facebook Platform\" \"invalid_token\" \"" + TOKEN + "\"");
                observed.add(describe(producer.send(inUri, e -> {})));

                answer(502, "<html>proxy echo: Authorization: Bearer " + TOKEN + "</html>");
                observed.add(describe(producer.send(onComponent, e -> {})));

                observed.add(describe(producer.send(onComponent + "&throwExceptionOnFailure=false", e -> {})));

                graph.stubFor(post(urlPathEqualTo(path(PHONE_NUMBER_ID)))
                        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
                observed.add(describe(producer.send(inUri, e -> {})));

                graph.stubFor(post(urlPathEqualTo(path(PHONE_NUMBER_ID)))
                        .willReturn(aResponse().withStatus(200).withFixedDelay(2_000)));
                observed.add(describe(producer.send(inUri + "&requestTimeout=200", e -> {})));

                observed.add(describe(producer.send("whatsapp-admin:deregister?baseUrl=http://127.0.0.1:" + closedPort
                                                    + "&phoneNumberId=1", e -> {})));

                observed.add(describe(producer.send(inUri, e -> e.getMessage()
                        .setHeader(WhatsAppAdminConstants.PHONE_NUMBER_ID, "12/../34"))));

                // the rest of the fault matrix
                for (Fault fault : new Fault[] {Fault.EMPTY_RESPONSE, Fault.RANDOM_DATA_THEN_CLOSE,
                        Fault.MALFORMED_RESPONSE_CHUNK}) {
                    graph.stubFor(post(urlPathEqualTo(path(PHONE_NUMBER_ID))).willReturn(aResponse().withFault(fault)));
                    observed.add(describe(producer.send(inUri, e -> {})));
                }
                graph.stubFor(post(urlPathEqualTo(path(PHONE_NUMBER_ID))).willReturn(aResponse().withStatus(200)
                        .withBody("{\"success\":true}" + " ".repeat(100)).withChunkedDribbleDelay(20, 2_000)));
                observed.add(describe(producer.send(inUri + "&requestTimeout=300", e -> {})));
                graph.stubFor(post(urlPathEqualTo(path(PHONE_NUMBER_ID))).willReturn(aResponse().withStatus(502)
                        .withBody("x".repeat(10 * 1024 * 1024))));
                observed.add(describe(producer.send(onComponent, e -> {})));
                graph.stubFor(post(urlPathEqualTo(path(PHONE_NUMBER_ID))).willReturn(aResponse().withStatus(302)
                        .withHeader("Location", "http://127.0.0.1:1/steal")));
                observed.add(describe(producer.send(onComponent, e -> {})));
                // TLS failure: https spoken to a plain HTTP port
                observed.add(describe(producer.send("whatsapp-admin:deregister?baseUrl=https://localhost:"
                                                    + graph.getPort() + "&phoneNumberId=1", e -> {})));
                // through a proxy, with proxy credentials
                answer(200, "{\"success\":true}");
                try (RecordingProxy proxy = new RecordingProxy(null)) {
                    observed.add(describe(producer.send(onComponent + "&proxyHost=127.0.0.1&proxyPort=" + proxy.port()
                                                        + "&proxyUsername=ops&proxyPassword=RAW(" + PROXY_PASSWORD + ")",
                            e -> {})));
                    assertThat(proxy.heads()).hasSize(1);
                }
                // an HTTPS tunnel with credentials, and one refused for wrong ones
                tlsGraph.stubFor(post(urlPathEqualTo(path(PHONE_NUMBER_ID)))
                        .willReturn(aResponse().withStatus(200).withBody("{\"success\":true}")));
                String overTls = "whatsapp-admin:deregister?baseUrl=https://localhost:"
                                 + tlsGraph.getRuntimeInfo().getHttpsPort() + "&phoneNumberId=" + PHONE_NUMBER_ID
                                 + "&sslContextParameters=#graphTls";
                try (RecordingProxy proxy = new RecordingProxy("Basic " + PROXY_CREDENTIALS_BASE64)) {
                    String viaProxy = overTls + "&proxyHost=127.0.0.1&proxyPort=" + proxy.port() + "&proxyUsername=ops";
                    Exchange tunnelled = producer.send(viaProxy + "&proxyPassword=RAW(" + PROXY_PASSWORD + ")",
                            e -> {});
                    assertThat(tunnelled.getException()).isNull();
                    observed.add(describe(tunnelled));
                    observed.add(describe(producer.send(viaProxy + "&proxyPassword=RAW(" + PROXY_PASSWORD + "x)",
                            e -> {})));
                    // a plain HTTP proxy refusing wrong credentials
                    observed.add(describe(producer.send(onComponent + "&proxyHost=127.0.0.1&proxyPort=" + proxy.port()
                                                        + "&proxyUsername=ops&proxyPassword=RAW(" + PROXY_PASSWORD + "x)",
                            e -> {})));
                }
                // framing: a negative Content-Length, a body cut short that echoes the token
                observed.add(describe(producer.send("whatsapp-admin:deregister?baseUrl=" + malformed.baseUrl()
                                                    + "&phoneNumberId=" + PHONE_NUMBER_ID, e -> {})));
                observed.add(describe(producer.send("whatsapp-admin:deregister?baseUrl=" + cutShort.baseUrl()
                                                    + "&phoneNumberId=" + PHONE_NUMBER_ID, e -> {})));
                sends = observed.size();

                for (Endpoint endpoint : jmxContext.getEndpoints()) {
                    observed.add(endpoint.toString());
                    if (endpoint instanceof WhatsAppAdminEndpoint admin) {
                        observed.add(admin.getConfiguration().toString());
                    }
                }
                observed.add(jmxContext.getComponent("whatsapp-admin").toString());
                observed.addAll(jmxAttributes());
            } finally {
                jmxContext.stop();
            }
            lines = capture.lines();
        }

        // the capture reaches Camel's DEBUG lines and HttpClient's
        assertThat(lines).anyMatch(l -> l.logger().startsWith("org.apache.camel") && l.level().equals("DEBUG"));
        assertThat(lines).anyMatch(l -> l.logger().startsWith("org.apache.hc.client5.http.impl")
                                        && l.level().equals("DEBUG"));
        assertThat(lines).filteredOn(l -> l.logger().equals("io.github.whatsappadmin.camel.audit")).hasSize(sends);
        assertThat(lines).filteredOn(l -> !isStubServer(l.logger()))
                .allSatisfy(line -> assertThat(line.text()).as(line.logger())
                        .doesNotContain(TOKEN, PROXY_PASSWORD, PROXY_CREDENTIALS_BASE64));
        assertThat(observed).hasSizeGreaterThan(sends).allSatisfy(text -> assertThat(text)
                .doesNotContain(TOKEN, PROXY_PASSWORD, PROXY_CREDENTIALS_BASE64));
        // no wire-logging session decorator: it prints the raw bytes 16 to a line, the token split where no search finds it
        assertThat(lines).noneMatch(l -> l.logger().equals("org.apache.hc.client5.http.wire"));
        // nor a header log: HttpClient's prints the headers of answers as received, echoed secrets and all
        assertThat(lines).noneMatch(l -> l.logger().equals(HEADER_LOG));
    }

    @Test
    void secretsThatGraphOrTheProxyEchoInResponseHeadersReachNoLog() throws Exception {
        String echo = "X-Echo-Authorization: Bearer " + TOKEN + "\r\nX-Echo-Proxy-Authorization: Basic "
                      + PROXY_CREDENTIALS_BASE64 + "\r\nX-Echo-Proxy-User: ops:" + PROXY_PASSWORD + "\r\n";
        byte[] error = errorEnvelope(190, "Invalid OAuth access token").getBytes(StandardCharsets.UTF_8);
        String graphEcho = "HTTP/1.1 401 Bearer " + TOKEN + "\r\n" + echo + "WWW-Authenticate: Bearer " + TOKEN
                           + "\r\nContent-Type: application/json\r\nContent-Length: " + error.length + "\r\n\r\n";
        List<Exchange> results = new ArrayList<>();
        List<LogCapture.Line> lines;
        try (LogCapture capture = LogCapture.at(Level.DEBUG, "org.apache.hc");
             RawHttpServer echoingGraph = RawHttpServer.answering(head -> concat(graphEcho, error));
             RecordingProxy plainProxy = new RecordingProxy(null, echo);
             RecordingProxy tunnellingProxy = new RecordingProxy("Basic " + PROXY_CREDENTIALS_BASE64, echo)) {
            context.getRegistry().bind("graphTls", trustingTheStub());
            var echoed = aResponse().withStatus(200).withStatusMessage("OK " + TOKEN)
                    .withHeader("X-Echo-Authorization", "Bearer " + TOKEN)
                    .withHeader("X-Echo-Proxy-User", "ops:" + PROXY_PASSWORD).withBody("{\"success\":true}");
            tlsGraph.stubFor(post(urlPathEqualTo(path(PHONE_NUMBER_ID))).willReturn(echoed));
            String plain = "whatsapp-admin:deregister?baseUrl=" + echoingGraph.baseUrl() + "&accessToken=RAW(" + TOKEN
                           + ")&phoneNumberId=" + PHONE_NUMBER_ID;
            String overTls = "whatsapp-admin:deregister?baseUrl=https://localhost:"
                             + tlsGraph.getRuntimeInfo().getHttpsPort() + "&accessToken=RAW(" + TOKEN
                             + ")&phoneNumberId=" + PHONE_NUMBER_ID + "&sslContextParameters=#graphTls";
            String credentials = "&proxyUsername=ops&proxyPassword=RAW(" + PROXY_PASSWORD + ")";

            results.add(send(plain));
            results.add(send(plain + "&proxyHost=127.0.0.1&proxyPort=" + plainProxy.port() + credentials));
            results.add(send(overTls + "&proxyHost=127.0.0.1&proxyPort=" + tunnellingProxy.port() + credentials));
            // the proxy refusing, its 407 echoing: a tunnel, then plain HTTP
            String refused = "&proxyHost=127.0.0.1&proxyPort=" + tunnellingProxy.port()
                             + "&proxyUsername=ops&proxyPassword=RAW(" + PROXY_PASSWORD + "x)";
            results.add(send(overTls + refused));
            results.add(send(plain + refused));
            assertThat(plainProxy.heads()).hasSize(1);
            assertThat(tunnellingProxy.heads()).hasSize(3);
            lines = capture.lines();
        }

        assertThat(failure(results.get(0), WhatsAppAuthenticationException.class).getHttpResponseCode())
                .isEqualTo(401);
        assertThat(failure(results.get(1), WhatsAppAuthenticationException.class).getHttpResponseCode())
                .isEqualTo(401);
        assertThat(results.get(2).getException()).isNull();
        assertThat(failure(results.get(3), WhatsAppConnectionException.class).getMessage()).contains("proxy");
        assertThat(failure(results.get(4), WhatsAppGraphException.class).getHttpResponseCode()).isEqualTo(407);
        // HttpClient's loggers were at TRACE and wrote lines, its header log none
        assertThat(lines).anyMatch(l -> l.logger().startsWith("org.apache.hc.client5.http.impl")
                                        && l.level().equals("DEBUG"));
        assertThat(lines).filteredOn(l -> !isStubServer(l.logger())).allSatisfy(line -> assertThat(line.text())
                .as(line.logger()).doesNotContain(TOKEN, PROXY_PASSWORD, PROXY_CREDENTIALS_BASE64));
        assertThat(lines).noneMatch(l -> l.logger().equals(HEADER_LOG));
        assertThat(results).allSatisfy(result -> assertThat(describe(result))
                .doesNotContain(TOKEN, PROXY_PASSWORD, PROXY_CREDENTIALS_BASE64));
    }

    /** Answers that do not parse, each quoting the token where HttpCore's failure message would repeat it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Invalid header|HTTP/1.1 401 OK\\r\\nX-Echo Bearer ${token}\\r\\nContent-Length: 2\\r\\n\\r\\n{}",
            "invalid status code|HTTP/1.1 4O1 Bearer ${token}\\r\\nContent-Length: 2\\r\\n\\r\\n{}",
            "Invalid protocol version|Bearer ${token}\\r\\n\\r\\n",
            "Invalid response|HTTP/1.1 099 Bearer ${token}\\r\\nContent-Length: 2\\r\\n\\r\\n{}",
            "Invalid content length|HTTP/1.1 401 OK\\r\\nContent-Length: ${token}\\r\\n\\r\\n{}",
            "Unsupported transfer encoding|HTTP/1.1 401 OK\\r\\nTransfer-Encoding: ${token}\\r\\n\\r\\n{}",
            "Bad chunk header|HTTP/1.1 401 OK\\r\\nTransfer-Encoding: chunked\\r\\n\\r\\nBearer ${token}\\r\\n",
            "Invalid header|HTTP/1.1 401 OK\\r\\nTransfer-Encoding: chunked\\r\\n\\r\\n0\\r\\nEcho ${token}\\r\\n\\r\\n"})
    void answerThatDoesNotParseIsNotQuotedInAnyLog(String failure, String answer) throws Exception {
        List<LogCapture.Line> lines;
        Exchange result;
        try (LogCapture capture = LogCapture.at(Level.DEBUG, "org.apache.hc");
             RawHttpServer server = RawHttpServer.answeringThenClosing(answer.replace("\\r\\n", "\r\n")
                     .replace("${token}", TOKEN))) {
            result = send("whatsapp-admin:deregister?baseUrl=" + server.baseUrl() + "&accessToken=RAW(" + TOKEN
                          + ")&phoneNumberId=" + PHONE_NUMBER_ID);
            lines = capture.lines();
        }

        assertThat(failure(result, WhatsAppConnectionException.class).getMessage())
                .contains("the answer was not valid HTTP", failure);
        assertThat(describe(result)).doesNotContain(TOKEN);
        assertThat(lines).anyMatch(l -> l.logger().startsWith("org.apache.hc.client5.http.impl")
                                        && l.text().contains(failure));
        assertThat(lines).allSatisfy(line -> assertThat(line.text()).as(line.logger()).doesNotContain(TOKEN));
    }

    @Test
    void proxyAnsweringConnectWithAnUnexpectedStatusIsNotQuotedInAnyLog() throws Exception {
        List<LogCapture.Line> lines;
        Exchange result;
        try (LogCapture capture = LogCapture.at(Level.DEBUG, "org.apache.hc");
             RawHttpServer proxy = RawHttpServer.answeringThenClosing("HTTP/1.1 204 ops:" + PROXY_PASSWORD
                                                                      + "\r\n\r\n")) {
            context.getRegistry().bind("graphTls", trustingTheStub());
            result = send("whatsapp-admin:deregister?baseUrl=https://localhost:"
                          + tlsGraph.getRuntimeInfo().getHttpsPort() + "&accessToken=RAW(" + TOKEN + ")&phoneNumberId="
                          + PHONE_NUMBER_ID + "&sslContextParameters=#graphTls&proxyHost=127.0.0.1&proxyPort="
                          + proxy.port() + "&proxyUsername=ops&proxyPassword=RAW(" + PROXY_PASSWORD + ")");
            assertThat(proxy.heads()).singleElement().satisfies(head -> assertThat(head).startsWith("CONNECT "));
            lines = capture.lines();
        }

        assertThat(failure(result, WhatsAppConnectionException.class).getMessage())
                .contains("Unexpected response to CONNECT request");
        assertThat(describe(result)).doesNotContain(PROXY_PASSWORD, PROXY_CREDENTIALS_BASE64);
        assertThat(lines).anyMatch(l -> l.text().contains("Unexpected response to CONNECT request"));
        assertThat(lines).filteredOn(l -> !isStubServer(l.logger())).allSatisfy(line -> assertThat(line.text())
                .as(line.logger()).doesNotContain(PROXY_PASSWORD, PROXY_CREDENTIALS_BASE64));
        assertThat(tlsGraph.getAllServeEvents()).isEmpty();
    }

    private static byte[] concat(String head, byte[] body) {
        byte[] bytes = java.util.Arrays.copyOf(head.getBytes(StandardCharsets.ISO_8859_1), head.length() + body.length);
        System.arraycopy(body, 0, bytes, head.length(), body.length);
        return bytes;
    }

    /** The test support turns JMX off for every new context; this one needs it on. */
    private static CamelContext withJmx(java.util.function.Supplier<CamelContext> factory) {
        boolean before = DefaultCamelContext.isDisableJmx();
        DefaultCamelContext.setDisableJmx(false);
        try {
            return factory.get();
        } finally {
            DefaultCamelContext.setDisableJmx(before);
        }
    }

    /** Everything a route or an error handler would see of an exchange: body, headers, exception and its trace. */
    private static String describe(Exchange exchange) {
        StringBuilder sb = new StringBuilder(String.valueOf(exchange.getMessage().getBody()));
        for (Map.Entry<String, Object> header : exchange.getMessage().getHeaders().entrySet()) {
            sb.append('\n').append(header.getKey()).append('=').append(header.getValue());
        }
        Exception e = exchange.getException();
        if (e != null) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            sb.append('\n').append(e).append('\n').append(trace);
            if (e instanceof io.github.whatsappadmin.camel.error.WhatsAppGraphException g) {
                sb.append('\n').append(g.getResponseBody()).append(g.getError()).append(g.getGraphMessage());
            }
        }
        return sb.toString();
    }

    private static List<String> jmxAttributes() throws Exception {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        List<String> values = new ArrayList<>();
        for (ObjectName name : server.queryNames(new ObjectName("org.apache.camel:*"), null)) {
            values.add(name.toString());
            for (MBeanAttributeInfo attribute : server.getMBeanInfo(name).getAttributes()) {
                try {
                    values.add(name + " " + attribute.getName() + "=" + server.getAttribute(name, attribute.getName()));
                } catch (Exception | LinkageError unreadable) {
                    // some attributes cannot be read outside a running route; they cannot leak either
                }
            }
        }
        assertThat(values).as("Camel MBeans").anyMatch(v -> v.contains("whatsapp-admin"));
        return values;
    }
}
