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

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.http.Fault;
import io.github.whatsappadmin.camel.error.WhatsAppAdminException;
import io.github.whatsappadmin.camel.error.WhatsAppAuthenticationException;
import io.github.whatsappadmin.camel.error.WhatsAppBadRequestException;
import io.github.whatsappadmin.camel.error.WhatsAppConnectionException;
import io.github.whatsappadmin.camel.error.WhatsAppGraphException;
import io.github.whatsappadmin.camel.error.WhatsAppNotFoundException;
import io.github.whatsappadmin.camel.error.WhatsAppPermissionException;
import io.github.whatsappadmin.camel.error.WhatsAppPhoneNumberStateException;
import io.github.whatsappadmin.camel.error.WhatsAppRateLimitException;
import io.github.whatsappadmin.camel.error.WhatsAppServerException;
import io.github.whatsappadmin.camel.model.GraphError;
import org.apache.camel.Exchange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

/** Every operation reports every kind of Graph failure as the same typed exception, with its operation and ID. */
class OperationErrorsTest extends OperationTestSupport {

    private record Failure(String name, int status, String body, Class<? extends WhatsAppAdminException> type,
                           boolean retryable) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<Failure> FAILURES = List.of(
            new Failure("expired token", 401, envelope(190, "Error validating access token"),
                    WhatsAppAuthenticationException.class, false),
            new Failure("missing permission", 403, envelope(200, "(#200) Permissions error"),
                    WhatsAppPermissionException.class, false),
            new Failure("not found", 404, envelope(803, "Phone number not found"), WhatsAppNotFoundException.class,
                    false),
            new Failure("throttled", 429, envelope(4, "(#4) Application request limit reached"),
                    WhatsAppRateLimitException.class, true),
            new Failure("72-hour lockout", 400, envelope(133016, "(#133016) Account register deregister rate limit"),
                    WhatsAppRateLimitException.class, false),
            new Failure("number state", 400, envelope(133010, "(#133010) Account not registered"),
                    WhatsAppPhoneNumberStateException.class, false),
            new Failure("bad request", 400, envelope(100, "(#100) Invalid parameter"),
                    WhatsAppBadRequestException.class, false),
            new Failure("server error", 500, envelope(131000, "Something went wrong"), WhatsAppServerException.class,
                    true),
            new Failure("proxy page", 502, "<html><body>Bad Gateway</body></html>", WhatsAppServerException.class,
                    true));

    private static String envelope(int code, String message) {
        return "{\"error\":{\"message\":\"" + message + "\",\"type\":\"OAuthException\",\"code\":" + code
               + ",\"fbtrace_id\":\"AbCdEfGh123\"}}";
    }

    static Stream<Arguments> operationsAndFailures() {
        List<Arguments> rows = new ArrayList<>();
        for (String operation : OPERATIONS) {
            for (Failure failure : FAILURES) {
                rows.add(Arguments.of(operation, failure));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("operationsAndFailures")
    void graphFailureBecomesItsTypedExceptionForEveryOperation(String operation, Failure failure) {
        stub(operation, failure.status(), failure.body());

        Exchange result = call(operation);

        WhatsAppAdminException e = failure(result, failure.type());
        assertThat(e.isRetryable()).as("retryable").isEqualTo(failure.retryable());
        assertThat(e.getOperation()).isEqualTo(operation);
        assertThat(e.getPhoneNumberId()).isEqualTo("listPhoneNumbers".equals(operation) ? null : PHONE_NUMBER_ID);
        assertThat(((WhatsAppGraphException) e).getHttpResponseCode()).isEqualTo(failure.status());
        assertThat(e.getMessage()).startsWith(operation + " ").doesNotContain("null");
        assertThat(result.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(failure.status());
        assertThat(onlyRequest().getMethod().getName()).isEqualTo(callOf(operation).build().getRequest()
                .getMethod().getName());
    }

    static Stream<Arguments> answersThatAreNotTheSuccessShape() {
        return Stream.of(
                Arguments.of("deregister", "{\"success\":false}"),
                Arguments.of("register", "{\"success\":\"true\"}"),
                Arguments.of("requestCode", "{\"id\":\"1\"}"),
                Arguments.of("verifyCode", "[true]"),
                Arguments.of("setTwoStepPin", "{\"success\":false}"),
                Arguments.of("getPhoneNumber", "{\"success\":true}"),
                Arguments.of("getPhoneNumber", "[{\"id\":\"1\"}]"),
                Arguments.of("listPhoneNumbers", "{\"success\":true}"),
                Arguments.of("listPhoneNumbers", "{\"data\":{\"id\":\"1\"}}"),
                Arguments.of("listPhoneNumbers", "{\"data\":[{\"name\":\"no id\"}]}"),
                Arguments.of("listPhoneNumbers", "{\"data\":[{\"id\":\"1\"}],\"paging\":{\"next\":\"x\"}}"));
    }

    /** Never report a success that did not happen: a 2xx that is not the operation's success is a plain failure. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("answersThatAreNotTheSuccessShape")
    void answerThatIsNotTheOperationsSuccessIsAPlainFailure(String operation, String body) {
        stub(operation, 200, body);

        Exchange result = call(operation);

        assertThat(result.getException()).isExactlyInstanceOf(WhatsAppGraphException.class);
        WhatsAppGraphException e = (WhatsAppGraphException) result.getException();
        assertThat(e.isRetryable()).isFalse();
        assertThat(e.getOperation()).isEqualTo(operation);
        assertThat(e.getMessage()).contains("the answer was not");
        assertThat(e.getResponseBody()).isEqualTo(body);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"deregister", "register", "requestCode", "verifyCode", "setTwoStepPin",
            "getPhoneNumber", "listPhoneNumbers"})
    void refusedConnectionIsARetryableConnectionFailureForEveryOperation(String operation) throws IOException {
        int closedPort = LoopbackPorts.closed();

        Exchange result = call(uri(operation, "").replace(graph.baseUrl(), "http://127.0.0.1:" + closedPort),
                inputOf(operation), Map.of());

        WhatsAppConnectionException e = failure(result, WhatsAppConnectionException.class);
        assertThat(e.isRetryable()).isTrue();
        assertThat(e.getOperation()).isEqualTo(operation);
        assertThat(e.getMessage()).startsWith(operation + " ").doesNotContain("null");
    }

    /**
     * A connection that breaks once the request may have reached Graph: retryable only where repeating the operation
     * is harmless (reads, deregister, setTwoStepPin); never for register (spends the allowance), requestCode (another
     * SMS) and verifyCode.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"deregister", "register", "requestCode", "verifyCode", "setTwoStepPin", "getPhoneNumber",
            "listPhoneNumbers"})
    void connectionLostAfterSendingIsRetryableOnlyWhereRepeatingIsHarmless(String operation) {
        graph.stubFor(callOf(operation).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        boolean harmless = List.of("deregister", "setTwoStepPin", "getPhoneNumber", "listPhoneNumbers")
                .contains(operation);

        Exchange result = call(operation);

        WhatsAppConnectionException e = failure(result, WhatsAppConnectionException.class);
        assertThat(e.isRequestSent()).isTrue();
        assertThat(e.isRetryable()).as("retryable").isEqualTo(harmless);
        assertThat(e.getMessage()).contains(harmless ? "harmless" : "not retryable");
        assertThat(requestsReceived()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"register", "getPhoneNumber", "listPhoneNumbers"})
    void withoutExceptionsTheGraphErrorIsTheOutBody(String operation) {
        stub(operation, 400, envelope(133010, "(#133010) Account not registered"));

        Exchange result = call(uri(operation, "&throwExceptionOnFailure=false"), inputOf(operation), Map.of());

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody(GraphError.class).code()).isEqualTo(133010);
        assertThat(result.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(400);
    }
}
