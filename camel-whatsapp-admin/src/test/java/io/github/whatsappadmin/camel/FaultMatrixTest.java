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

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.whatsappadmin.camel.error.WhatsAppAdminException;
import io.github.whatsappadmin.camel.error.WhatsAppConnectionException;
import io.github.whatsappadmin.camel.error.WhatsAppGraphException;
import io.github.whatsappadmin.camel.error.WhatsAppServerException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Faults in front of Graph (proxy error pages, redirects, a silent server): each ends in one typed exception without
 * hanging, and the next call on the same pooled client succeeds. Connection-level faults are in ConnectionFailureTest,
 * TLS failures in ProxyAndTlsTest.
 */
class FaultMatrixTest extends GraphStubTestSupport {

    /** Guards against a hang; far above requestTimeout. Not a performance figure. */
    private static final long HANG_GUARD_SECONDS = 10;

    @RegisterExtension
    static WireMockExtension elsewhere = WireMockExtension.newInstance().options(wireMockConfig().bindAddress("127.0.0.1")
            .dynamicPort()).build();

    private Exchange sendWithin(String uri) throws Exception {
        CompletableFuture<Exchange> future = template.asyncSend(uri, e -> {});
        return future.get(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
    }

    private void nextCallSucceeds() throws Exception {
        answer(200, "{\"success\":true}");
        assertThat(sendWithin(uri("&requestTimeout=2000")).getException()).isNull();
    }

    @ParameterizedTest(name = "HTML {0} from a proxy")
    @ValueSource(ints = {502, 503, 504})
    void proxyErrorPageIsARetryableServerError(int status) throws Exception {
        graph.stubFor(post(urlPathEqualTo(path(PHONE_NUMBER_ID))).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "text/html").withBody("<html><body><h1>" + status + "</h1></body></html>")));

        Exchange result = sendWithin(uri("&requestTimeout=2000"));

        WhatsAppServerException e = failure(result, WhatsAppServerException.class);
        assertThat(e.isRetryable()).isTrue();
        assertThat(e.getCode()).isNull();
        assertThat(e.getMessage()).contains("text/html", "not a Graph answer");
        nextCallSucceeds();
    }

    @Test
    void redirectIsNotFollowedAndTheTokenNeverReachesTheOtherHost() throws Exception {
        graph.stubFor(post(urlPathEqualTo(path(PHONE_NUMBER_ID))).willReturn(aResponse().withStatus(307)
                .withHeader("Location", elsewhere.baseUrl() + path(PHONE_NUMBER_ID))));
        elsewhere.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{\"success\":true}")));

        Exchange result = sendWithin(uri("&requestTimeout=2000"));

        WhatsAppGraphException e = failure(result, WhatsAppGraphException.class);
        assertThat(e).isExactlyInstanceOf(WhatsAppGraphException.class);
        assertThat(e.isRetryable()).isFalse();
        assertThat(e.getMessage()).contains("redirect", "never followed");
        assertThat(elsewhere.findAll(anyRequestedFor(anyUrl()))).isEmpty();
        nextCallSucceeds();
    }

    @Test
    void silentServerEndsWithinRequestTimeout() throws Exception {
        graph.stubFor(post(urlPathEqualTo(path(PHONE_NUMBER_ID)))
                .willReturn(aResponse().withStatus(200).withBody("{\"success\":true}").withFixedDelay(3_000)));

        Exchange result = sendWithin(uri("&requestTimeout=250"));

        assertThat(failure(result, WhatsAppConnectionException.class).isRetryable()).isTrue();
        nextCallSucceeds();
    }

    @Test
    void everyFailureIsAWhatsAppAdminException() throws Exception {
        graph.stubFor(post(urlPathEqualTo(path(PHONE_NUMBER_ID))).willReturn(aResponse().withStatus(200)
                .withBody("{\"success\": \"yes\"}")));

        assertThat(sendWithin(uri("")).getException()).isInstanceOf(WhatsAppAdminException.class);
    }
}
