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

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

import io.github.whatsappadmin.camel.error.WhatsAppAdminException;
import io.github.whatsappadmin.camel.error.WhatsAppGraphException;
import io.github.whatsappadmin.camel.error.WhatsAppInvalidInputException;
import io.github.whatsappadmin.camel.error.WhatsAppPhoneNumberStateException;
import io.github.whatsappadmin.camel.internal.AuditLog;
import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a route sees when Graph, or something in front of it, answers in ways that must not be taken at face value:
 * false successes, secrets echoed back, and the exception after it crossed a JMS queue.
 */
class AnswerTrustTest extends GraphStubTestSupport {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "{\"success\":true}<html>gateway</html>",
            "{\"success\":true,\"success\":true}",
            "{\"success\":\"true\"}",
            "{\"success\":true} {\"success\":false}",
            "{\"success\":true"})
    void answerThatIsNotExactlyASuccessIsNeverReportedAsOne(String body) {
        answer(200, body);

        Exchange result = send(uri(""));

        WhatsAppGraphException e = failure(result, WhatsAppGraphException.class);
        assertThat(e.getClass()).isEqualTo(WhatsAppGraphException.class);
        assertThat(e.isRetryable()).isFalse();
        assertThat(result.getMessage().getBody() instanceof io.github.whatsappadmin.camel.model.DeregisterResponse).isFalse();
    }

    @Test
    void successBodyCutAtTheReadLimitIsNotASuccess() {
        answer(200, "{\"success\":true,\"padding\":\"" + "x".repeat(70 * 1024) + "\"}");

        Exchange result = send(uri(""));

        assertThat(failure(result, WhatsAppGraphException.class).isRetryable()).isFalse();
    }

    @Test
    void tokenEchoedInResponseHeadersReachesNoHeaderLogOrException() {
        answer(400, errorEnvelope(133010, "(#133010) Account not registered, token " + TOKEN),
                "x-fb-trace-id", "trace-" + TOKEN,
                "x-business-use-case-usage", "{\"" + TOKEN + "\":[{\"type\":\"" + TOKEN + "\",\"call_count\":1}]}",
                "WWW-Authenticate", "OAuth \"Facebook Platform\" \"invalid_token\" \"" + TOKEN + "\"",
                "Retry-After", TOKEN);
        Exchange result;
        try (LogCapture logs = LogCapture.at(Level.DEBUG)) {
            result = send(uri(""));
            assertThat(logs.lines()).isNotEmpty().allSatisfy(l -> assertThat(l.text()).doesNotContain(TOKEN));
            assertThat(logs.linesOf(AuditLog.LOGGER_NAME)).singleElement()
                    .satisfies(l -> assertThat(l.text()).contains("fbtraceId=AbCdEfGh123"));
        }

        WhatsAppPhoneNumberStateException e = failure(result, WhatsAppPhoneNumberStateException.class);
        assertThat(everythingShown(e)).doesNotContain(TOKEN);
        result.getMessage().getHeaders().values()
                .forEach(v -> assertThat(String.valueOf(v)).doesNotContain(TOKEN));
        assertThat(result.getMessage().getHeader(WhatsAppAdminConstants.FB_TRACE_ID, String.class))
                .isEqualTo("AbCdEfGh123");
    }

    @Test
    void redirectLocationAndContentTypeEchoingTheTokenAreRedacted() {
        answer(302, "", "Location", "https://elsewhere.example/login?t=" + TOKEN);
        Exchange redirect = send(uri(""));
        answer(502, "<html>" + TOKEN + "</html>", "Content-Type", "text/html; note=" + TOKEN);
        Exchange proxyPage = send(uri(""));

        assertThat(everythingShown(failure(redirect, WhatsAppGraphException.class)))
                .contains("redirect").doesNotContain(TOKEN);
        assertThat(everythingShown(failure(proxyPage, WhatsAppGraphException.class)))
                .contains("text/html").doesNotContain(TOKEN);
    }

    @Test
    void everyGetterWorksAfterJavaSerialization() throws Exception {
        answer(422, "{\"error\":{\"message\":\"The phone number cannot be deregistered in its current state\","
                    + "\"type\":\"OAuthException\",\"code\":100,\"error_subcode\":7,\"fbtrace_id\":\"Tr4ce\","
                    + "\"is_transient\":false,\"error_user_title\":\"t\",\"error_user_msg\":\"m\","
                    + "\"error_data\":{\"details\":\"d\"}}}");
        WhatsAppGraphException before = failure(send(uri("")), WhatsAppPhoneNumberStateException.class);

        WhatsAppGraphException after = roundTrip(before);

        assertThat(after.getCode()).isEqualTo(100);
        assertThat(after.getSubcode()).isEqualTo(7);
        assertThat(after.getType()).isEqualTo("OAuthException");
        assertThat(after.getGraphMessage()).contains("current state");
        assertThat(after.getFbtraceId()).isEqualTo("Tr4ce");
        assertThat(after.getTransient()).isFalse();
        assertThat(after.getUserTitle()).isEqualTo("t");
        assertThat(after.getUserMessage()).isEqualTo("m");
        assertThat(after.getErrorDetails()).isEqualTo("d");
        assertThat(after.getErrorData()).containsEntry("details", "d");
        assertThat(after.getResponseBody()).contains("current state");
        assertThat(after.getError()).isNotNull();
        assertThat(after.getHttpResponseCode()).isEqualTo(422);
        assertThat(after.getHttpResponseStatus()).isEqualTo("Unprocessable Entity"); // as the server sent it
        assertThat(after.getCategory()).isEqualTo(before.getCategory());
        assertThat(after.isRetryable()).isEqualTo(before.isRetryable());
        assertThat(after.getRetryAfter()).isEqualTo(before.getRetryAfter());
    }

    @Test
    void misspelledOptionIsNamedWithTheRightNameAndWithoutItsValue() {
        assertThatThrownBy(() -> context.getEndpoint("whatsapp-admin:deregister?authorizationToken=" + TOKEN))
                .satisfies(e -> {
                    assertThat(everythingShown(e)).contains("authorizationToken", "accessToken").doesNotContain(TOKEN);
                });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "requestTimeout=abc|requestTimeout|'abc'",
            "connectTimeout=ten|connectTimeout|'ten'",
            "baseUrl=http://localhost:8089/v23.0|baseUrl|write http://localhost:8089",
            "userAgent=bot%0D%0AX-Injected:%201|userAgent|line break"})
    void optionThatWouldSendTheWrongThingIsRefusedNamingItsValue(String row) {
        String[] cell = row.split("\\|");

        assertThatThrownBy(() -> context.getEndpoint("whatsapp-admin:deregister?" + cell[0]))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .rootCause().isInstanceOfSatisfying(WhatsAppInvalidInputException.class, e -> {
                    assertThat(e.getField()).isEqualTo(cell[1]);
                    assertThat(e.getMessage()).contains(cell[2]);
                });
    }

    @Test
    void phoneNumberHeaderThatCannotBeReadIsInvalidInputAndAudited() {
        Object unreadable = new Object() {
            @Override
            public String toString() {
                throw new IllegalStateException("no text");
            }
        };
        Exchange result;
        try (LogCapture logs = LogCapture.at(Level.INFO)) {
            result = send(uri(""), Map.of(WhatsAppAdminConstants.PHONE_NUMBER_ID, unreadable));
            assertThat(logs.linesOf(AuditLog.LOGGER_NAME)).singleElement()
                    .satisfies(l -> assertThat(l.text()).contains("outcome=invalid-input"));
        }

        assertThat(failure(result, WhatsAppInvalidInputException.class).getField()).isEqualTo("phoneNumberId");
        assertThat(requestsReceived()).isEmpty();
    }

    private static String everythingShown(Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        StringBuilder sb = new StringBuilder(trace.toString()).append(e);
        if (e instanceof WhatsAppGraphException g) {
            sb.append(g.getGraphMessage()).append(g.getResponseBody()).append(g.getError()).append(g.getErrorDetails())
                    .append(g.getFbtraceId()).append(g.getErrorData()).append(g.getRetryAfter());
        }
        if (e instanceof WhatsAppAdminException a) {
            sb.append(a.getRetryAfter());
        }
        return sb.toString();
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
