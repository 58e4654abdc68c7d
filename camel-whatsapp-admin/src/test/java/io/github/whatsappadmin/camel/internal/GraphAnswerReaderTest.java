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

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.whatsappadmin.camel.error.WhatsAppGraphException;
import io.github.whatsappadmin.camel.error.WhatsAppPhoneNumberStateException;
import io.github.whatsappadmin.camel.internal.GraphAnswerReader.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The reader on its own: only a whole, strictly parsed 2xx JSON value is usable; every value read is redacted. */
class GraphAnswerReaderTest {

    private static final String TOKEN = "EAAGreaderTestToken0123456789abcdefXYZ";
    private static final Redactor REDACTOR = new Redactor(TOKEN);

    private static GraphResponse response(int status, String body, String... headerPairs) {
        return response(status, null, body.getBytes(StandardCharsets.UTF_8), false, headerPairs);
    }

    private static GraphResponse response(int status, String reason, byte[] body, boolean truncated,
                                          String... headerPairs) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 0; i < headerPairs.length; i += 2) {
            headers.put(headerPairs[i], List.of(headerPairs[i + 1]));
        }
        return new GraphResponse(status, reason, headers, body, truncated);
    }

    private static Answer read(GraphResponse response) {
        Answer answer = GraphAnswerReader.read(response, "deregister", "1", "phone number 1", REDACTOR);
        assertThat(answer.json() == null).as("exactly one of json and failure").isNotEqualTo(answer.failure() == null);
        return answer;
    }

    @Test
    void wholeStrictJsonIsUsable() {
        Answer answer = read(response(200, " {\"success\":true} \n", "x-fb-trace-id", "T1"));

        assertThat(answer.json().get("success").booleanValue()).isTrue();
        assertThat(answer.fbTraceId()).isEqualTo("T1");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "{\"success\":true}<html><body>proxy</body></html>|content follows the JSON value",
            "{\"success\":true}{\"success\":false}|content follows the JSON value",
            "{\"success\":true} trailing|content follows the JSON value",
            "{\"success\":false,\"success\":true}|a key appears twice",
            "{\"success\":true,\"success\":true}|a key appears twice",
            "{\"a\":{\"success\":true,\"success\":true}}|a key appears twice",
            "{\"success\":true /* comment */}|not valid JSON",
            "{'success':true}|not valid JSON",
            "{\"success\":true,}|not valid JSON",
            "{\"n\":NaN,\"success\":true}|not valid JSON",
            "{\"success\":tru|not valid JSON",
            "|no JSON value",
            "   |no JSON value"})
    void twoHundredThatIsNotOneStrictJsonValueIsAFailure(String spec) {
        String body = spec.substring(0, spec.indexOf('|'));
        String why = spec.substring(spec.indexOf('|') + 1);

        Answer answer = read(response(200, body));

        WhatsAppGraphException e = answer.failure();
        assertThat(e).isExactlyInstanceOf(WhatsAppGraphException.class);
        assertThat(e.isRetryable()).isFalse();
        assertThat(e.getMessage()).contains("deregister of phone number 1 failed", why, "[HTTP 200");
        assertThat(e.getResponseBody()).isEqualTo(body);
    }

    @Test
    void invalidUtf8IsAFailure() {
        byte[] body = {'{', '"', 's', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};

        Answer answer = read(response(200, null, body, false));

        assertThat(answer.failure().getMessage()).contains("not valid JSON");
    }

    @Test
    void bodyCutAtTheReadLimitIsAFailureEvenWhenItParses() {
        byte[] body = ("{\"success\":true}" + " ".repeat(100)).getBytes(StandardCharsets.UTF_8);

        Answer answer = read(response(200, null, body, true));

        assertThat(answer.failure()).isExactlyInstanceOf(WhatsAppGraphException.class);
        assertThat(answer.failure().getMessage()).contains("read limit");
        assertThat(answer.failure().isRetryable()).isFalse();
    }

    @Test
    void twoHundredWithAnErrorEnvelopeIsClassifiedByItsCode() {
        Answer answer = read(response(200, "{\"error\":{\"message\":\"(#133010) Account not registered\","
                                           + "\"type\":\"OAuthException\",\"code\":133010}}"));

        assertThat(answer.failure()).isExactlyInstanceOf(WhatsAppPhoneNumberStateException.class);
    }

    @Test
    void twoHundredWithAnErrorThatIsNoEnvelopeIsAFailure() {
        Answer answer = read(response(200, "{\"success\":true,\"error\":\"partial\"}"));

        assertThat(answer.failure().getMessage()).contains("\"error\" without a Graph error code");
    }

    @Test
    void errorEnvelopeIsReadEvenWhenContentFollowsIt() {
        Answer answer = read(response(400, "{\"error\":{\"message\":\"limit\",\"code\":133016}}<html>"));

        assertThat(answer.failure().getCode()).isEqualTo(133016);
    }

    @Test
    void unexpectedShapeIsAPlainFailureThatNamesWhatWasExpected() {
        GraphResponse response = response(200, "{\"success\":\"true\"}", "x-fb-trace-id", "T2");

        WhatsAppGraphException e = GraphAnswerReader.unexpected(response, "deregister", "1", "phone number 1", REDACTOR,
                "{\"success\": true}");

        assertThat(e).isExactlyInstanceOf(WhatsAppGraphException.class);
        assertThat(e.isRetryable()).isFalse();
        assertThat(e.getMessage()).isEqualTo("deregister of phone number 1 failed: the answer was not"
                                             + " {\"success\": true} [HTTP 200, fbtrace_id T2]");
        assertThat(e.getResponseBody()).isEqualTo("{\"success\":\"true\"}");
        assertThat(e.getHttpResponseCode()).isEqualTo(200);
        assertThat(e.getHttpResponseStatus()).isEqualTo("OK");
    }

    @Test
    void reasonPhraseIsTheServersOrTheStandardOne() {
        Answer sent = read(response(503, "Slow Down", "<html/>".getBytes(StandardCharsets.UTF_8), false));
        Answer none = read(response(503, "<html/>"));

        assertThat(sent.failure().getHttpResponseStatus()).isEqualTo("Slow Down");
        assertThat(none.failure().getHttpResponseStatus()).isEqualTo("Service Unavailable");
    }

    @Test
    void everyHeaderValueReadIsRedacted() {
        Answer answer = read(response(302, "Found " + TOKEN, new byte[0], false,
                "x-fb-trace-id", "trace-" + TOKEN,
                "location", "https://elsewhere.example/steal?access_token=" + TOKEN,
                "x-business-use-case-usage", "{\"" + TOKEN + "\":[{\"type\":\"" + TOKEN + "\",\"call_count\":1,"
                                             + "\"total_cputime\":1,\"total_time\":1,\"estimated_time_to_regain_access\":0}]}"));

        WhatsAppGraphException e = answer.failure();
        assertThat(answer.fbTraceId()).isEqualTo("trace-[REDACTED]");
        assertThat(e.getMessage()).contains("to https://elsewhere.example/steal?access_token=[REDACTED]")
                .doesNotContain(TOKEN);
        assertThat(e.getHttpResponseStatus()).isEqualTo("Found [REDACTED]");
        assertThat(answer.usage().businessUseCase()).containsOnlyKeys("[REDACTED]");
        assertThat(answer.usage().businessUseCase().get("[REDACTED]").get(0).type()).isEqualTo("[REDACTED]");
    }

    @Test
    void usableJsonIsRedactedToo() {
        Answer answer = read(response(200, "{\"success\":true,\"echo\":\"Bearer " + TOKEN + "\"}"));

        assertThat(answer.json().toString()).isEqualTo("{\"success\":true,\"echo\":\"Bearer [REDACTED]\"}");
    }

    @Test
    void contentTypeQuotedInTheMessageIsRedactedAndBounded() {
        Answer answer = read(response(502, "<html/>", "content-type", "text/html; x=" + TOKEN + "y".repeat(500)));

        assertThat(answer.failure().getMessage()).contains("text/html; x=[REDACTED]yyy", "...")
                .doesNotContain("y".repeat(300));
    }
}
