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

import java.util.List;

import io.github.whatsappadmin.camel.error.WhatsAppGraphException;
import io.github.whatsappadmin.camel.model.DeregisterResponse;
import io.github.whatsappadmin.camel.model.GraphError;
import org.apache.camel.Exchange;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A deregister succeeds only on exactly {@code {"success": true}}, read whole and parsed strictly: anything that merely
 * looks like it is a plain, not retryable {@link WhatsAppGraphException}, audited as such. Never a false success.
 */
class StrictSuccessTest extends GraphStubTestSupport {

    private static final String AUDIT = "io.github.whatsappadmin.camel.audit";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "{\"success\":true}<html><body>Proxy error</body></html>",
            "{\"success\":true}\n{\"success\":true}",
            "{\"success\":false,\"success\":true}",
            "{\"success\":true,\"success\":true}",
            "{\"success\":\"true\"}",
            "{\"success\":1}",
            "[{\"success\":true}]",
            "{\"success\":true // cut\n}",
            "{\"data\":{\"success\":true}}"})
    void answerThatOnlyLooksLikeASuccessIsAFailure(String body) {
        answer(200, body);

        Exchange result;
        List<LogCapture.Line> audit;
        try (LogCapture capture = LogCapture.at(Level.INFO)) {
            result = send(uri(""));
            audit = capture.linesOf(AUDIT);
        }

        WhatsAppGraphException e = failure(result, WhatsAppGraphException.class);
        assertThat(e).isExactlyInstanceOf(WhatsAppGraphException.class);
        assertThat(e.isRetryable()).isFalse();
        assertThat(e.getResponseBody()).isEqualTo(body);
        assertThat(e.getMessage()).contains("deregister of phone number " + PHONE_NUMBER_ID + " failed", "HTTP 200");
        assertThat(result.getMessage().getBody() instanceof DeregisterResponse).as("out body a success").isFalse();
        assertThat(audit).singleElement().satisfies(l -> assertThat(l.text()).contains("outcome=graph httpStatus=200"));
    }

    @Test
    void successCutAtTheReadLimitIsAFailure() {
        // a complete, valid value, padded past the 64 KiB read limit: what followed it was never read
        graph.stubFor(post(urlPathEqualTo(path(PHONE_NUMBER_ID))).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"success\":true}" + " ".repeat(70_000))));

        WhatsAppGraphException e = failure(send(uri("")), WhatsAppGraphException.class);

        assertThat(e).isExactlyInstanceOf(WhatsAppGraphException.class);
        assertThat(e.getMessage()).contains("64 KiB read limit");
        assertThat(e.isRetryable()).isFalse();
    }

    @Test
    void answerThatOnlyLooksLikeASuccessIsNoSuccessWithoutExceptionsEither() {
        answer(200, "{\"success\":true}<html>");

        Exchange result = send(uri("&throwExceptionOnFailure=false"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).isInstanceOfSatisfying(GraphError.class,
                error -> assertThat(error.httpStatus()).isEqualTo(200));
    }

    @Test
    void exactSuccessWithExtraFieldsAndWhiteSpaceIsASuccess() {
        answer(200, " {\n  \"success\" : true,\n  \"id\": \"1\"\n} \n");

        Exchange result = send(uri(""));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody(DeregisterResponse.class).isSuccess()).isTrue();
    }
}
