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

import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.whatsappadmin.camel.error.WhatsAppAdminException;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/** Tests that talk to a WireMock stand-in for Graph, answering exactly what each test needs. */
abstract class GraphStubTestSupport extends CamelTestSupport {

    static final String TOKEN = "EAAGtestTokenValue0123456789abcdefSECRET";
    static final String PHONE_NUMBER_ID = "106540352242922";

    @RegisterExtension
    static WireMockExtension graph = WireMockExtension.newInstance().options(wireMockConfig().bindAddress("127.0.0.1")
            .dynamicPort()).build();

    static String path(String phoneNumberId) {
        return "/v23.0/" + phoneNumberId + "/deregister";
    }

    /** An endpoint URI against the stub, with the token and phone number ID as options, and {@code extra} appended. */
    static String uri(String extra) {
        return "whatsapp-admin:deregister?baseUrl=" + graph.baseUrl() + "&accessToken=RAW(" + TOKEN
               + ")&phoneNumberId=" + PHONE_NUMBER_ID + extra;
    }

    static void answer(int status, String body, String... headerPairs) {
        var response = aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
        for (int i = 0; i < headerPairs.length; i += 2) {
            response = response.withHeader(headerPairs[i], headerPairs[i + 1]);
        }
        graph.stubFor(post(urlPathEqualTo(path(PHONE_NUMBER_ID))).willReturn(response));
    }

    Exchange send(String uri) {
        return send(uri, Map.of());
    }

    Exchange send(String uri, Map<String, Object> headers) {
        return template.send(uri, e -> e.getMessage().setHeaders(new java.util.HashMap<>(headers)));
    }

    static <T extends WhatsAppAdminException> T failure(Exchange exchange, Class<T> type) {
        assertThat(exchange.getException()).isInstanceOf(type);
        return type.cast(exchange.getException());
    }

    static java.util.List<LoggedRequest> requestsReceived() {
        return graph.findAll(anyRequestedFor(anyUrl()));
    }

    static String errorEnvelope(int code, String message) {
        return "{\"error\":{\"message\":\"" + message + "\",\"type\":\"OAuthException\",\"code\":" + code
               + ",\"fbtrace_id\":\"AbCdEfGh123\"}}";
    }
}
