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

import java.time.Duration;
import java.util.stream.Stream;

import io.github.whatsappadmin.camel.error.WhatsAppAuthenticationException;
import io.github.whatsappadmin.camel.error.WhatsAppBadRequestException;
import io.github.whatsappadmin.camel.error.WhatsAppGraphException;
import io.github.whatsappadmin.camel.error.WhatsAppNotFoundException;
import io.github.whatsappadmin.camel.error.WhatsAppPermissionException;
import io.github.whatsappadmin.camel.error.WhatsAppPhoneNumberStateException;
import io.github.whatsappadmin.camel.error.WhatsAppRateLimitException;
import io.github.whatsappadmin.camel.error.WhatsAppServerException;
import org.apache.camel.Exchange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** One case per row of the classification table in the Graph API facts: which exception, retryable or not, and when. */
class GraphErrorClassificationTest extends GraphStubTestSupport {

    private static final String USAGE_7_MIN = "{\"102290129340398\":[{\"type\":\"whatsapp_business_management\","
                                              + "\"call_count\":100,\"total_cputime\":20,\"total_time\":30,"
                                              + "\"estimated_time_to_regain_access\":7}]}";

    private static String envelope(int code, Integer subcode, String message, Boolean transientError) {
        return "{\"error\":{\"message\":\"" + message + "\",\"type\":\"OAuthException\",\"code\":" + code
               + (subcode != null ? ",\"error_subcode\":" + subcode : "")
               + (transientError != null ? ",\"is_transient\":" + transientError : "")
               + ",\"fbtrace_id\":\"AbCdEfGh123\"}}";
    }

    static Stream<Row> rows() {
        return Stream.of(
                // name, HTTP status, body, content type, extra header name/value, expected type, retryable, retryAfter
                row("code 190 expired token on 401", 401,
                        envelope(190, 463, "Error validating access token: Session has expired", false), null, null,
                        WhatsAppAuthenticationException.class, false, null),
                row("code 190 on 400 (older Graph)", 400,
                        envelope(190, null, "Invalid OAuth access token - Cannot parse access token", null), null,
                        null, WhatsAppAuthenticationException.class, false, null),
                row("code 104 token missing", 400, envelope(104, null, "An access token is required", null),
                        null, null, WhatsAppAuthenticationException.class, false, null),
                row("code 0 auth exception", 400, envelope(0, null, "AuthException", null), null, null,
                        WhatsAppAuthenticationException.class, false, null),
                row("code 190 with is_transient true stays not retryable", 401,
                        envelope(190, 460, "Error validating access token: password changed", true), null, null,
                        WhatsAppAuthenticationException.class, false, null),
                row("code 200 permissions on 403", 403, envelope(200, null, "(#200) Permissions error", null),
                        null, null, WhatsAppPermissionException.class, false, null),
                row("code 10 permission denied", 400, envelope(10, null, "(#10) Permission denied", null), null,
                        null, WhatsAppPermissionException.class, false, null),
                row("code 3 capability", 400, envelope(3, null, "(#3) Application does not have the capability",
                        null), null, null, WhatsAppPermissionException.class, false, null),
                row("code 131031 account locked", 400, envelope(131031, null, "(#131031) Account has been locked",
                        null), null, null, WhatsAppPermissionException.class, false, null),
                row("code 100 subcode 33 not found on 400", 400, envelope(100, 33,
                        "Unsupported post request. Object with ID '106540352242922' does not exist, cannot be loaded"
                                                                                   + " due to missing permissions, or does not support this operation",
                        null), null, null, WhatsAppNotFoundException.class, false, null),
                row("code 803 on 404", 404, envelope(803, null,
                        "(#803) Some of the aliases you requested do not exist: 106540352242922", null), null, null,
                        WhatsAppNotFoundException.class, false, null),
                row("HTTP 404 without envelope", 404, "Not Found", "text/plain", null,
                        WhatsAppNotFoundException.class, false, null),
                row("code 4 app rate limit on 400", 400, envelope(4, null, "(#4) Application request limit reached",
                        true), null, null, WhatsAppRateLimitException.class, true, null),
                row("code 4 app rate limit on 429", 429, envelope(4, null, "(#4) Application request limit reached",
                        true), null, null, WhatsAppRateLimitException.class, true, null),
                row("code 80007 WABA rate limit on 400 with usage", 400,
                        envelope(80007, null, "(#80007) Rate limit issues", null), null, "x-business-use-case-usage",
                        USAGE_7_MIN, WhatsAppRateLimitException.class, true, Duration.ofMinutes(7)),
                row("code 80007 WABA rate limit on 429 with usage", 429,
                        envelope(80007, null, "(#80007) Rate limit issues", null), null, "x-business-use-case-usage",
                        USAGE_7_MIN, WhatsAppRateLimitException.class, true, Duration.ofMinutes(7)),
                row("code 17 user rate limit with Retry-After", 400,
                        envelope(17, null, "(#17) User request limit reached", null), null, "Retry-After", "120",
                        WhatsAppRateLimitException.class, true, Duration.ofSeconds(120)),
                row("code 130429 throughput", 400, envelope(130429, null, "(#130429) Rate limit hit", null), null,
                        null, WhatsAppRateLimitException.class, true, null),
                row("code 613 calls exceeded", 400, envelope(613, null, "(#613) Calls to this api have exceeded"
                                                                        + " the rate limit", null), null, null,
                        WhatsAppRateLimitException.class, true, null),
                row("code 32 page rate limit", 400, envelope(32, null, "(#32) Page request limit reached", null),
                        null, null, WhatsAppRateLimitException.class, true, null),
                row("HTTP 429 with unknown code", 429, envelope(99999, null, "Slow down", null), null, null,
                        WhatsAppRateLimitException.class, true, null),
                row("code 133016 register/deregister budget: never retried", 400,
                        envelope(133016, null, "(#133016) Account register/deregister rate limit exceeded", true), null,
                        null, WhatsAppRateLimitException.class, false, Duration.ofHours(72)),
                row("code 133010 not registered", 400, envelope(133010, null, "(#133010) Account not registered",
                        false), null, null, WhatsAppPhoneNumberStateException.class, false, null),
                row("code 100 subcode 2207051 not registered", 400,
                        envelope(100, 2207051, "(#100) Invalid parameter", null), null, null,
                        WhatsAppPhoneNumberStateException.class, false, null),
                row("code 100 not currently linked", 400, envelope(100, null,
                        "(#100) The phone number is not currently linked to the Facebook hosted system", null), null,
                        null, WhatsAppPhoneNumberStateException.class, false, null),
                row("code 100 SMB refusal", 400, envelope(100, null,
                        "(#100) Deregistration is not available for phone numbers of SMB businesses", null), null,
                        null, WhatsAppPhoneNumberStateException.class, false, null),
                row("code 133006 state", 400, envelope(133006, null, "(#133006) Phone number needs to be verified",
                        null), null, null, WhatsAppPhoneNumberStateException.class, false, null),
                row("code 133015 recently deleted: retry after 5 minutes", 400,
                        envelope(133015, null, "(#133015) Please wait a few minutes before attempting to register",
                                null),
                        null, null, WhatsAppPhoneNumberStateException.class, true, Duration.ofMinutes(5)),
                row("code 133000 on 500: deregister again", 500,
                        envelope(133000, null, "(#133000) Incomplete deregistration", null), null, null,
                        WhatsAppPhoneNumberStateException.class, true, null),
                row("code 131000 something went wrong", 500,
                        envelope(131000, null, "(#131000) Something went wrong", null), null, null,
                        WhatsAppServerException.class, true, null),
                row("code 1 unknown API error on 400", 400, envelope(1, null, "An unknown error occurred", null),
                        null, null, WhatsAppServerException.class, true, null),
                row("code 2 service unavailable", 503, envelope(2, null, "Service temporarily unavailable", true),
                        null, null, WhatsAppServerException.class, true, null),
                row("code 131016 service overloaded", 500, envelope(131016, null, "(#131016) Service unavailable",
                        null), null, null, WhatsAppServerException.class, true, null),
                row("code 133004 server temporarily unavailable", 500,
                        envelope(133004, null, "(#133004) Server temporarily unavailable", null), null, null,
                        WhatsAppServerException.class, true, null),
                row("HTML 502 from a proxy", 502,
                        "<html><head><title>502 Bad Gateway</title></head><body>Bad Gateway</body></html>",
                        "text/html", null, WhatsAppServerException.class, true, null),
                row("HTML 504 from a proxy", 504, "<html><body>Gateway Timeout</body></html>", "text/html", null,
                        WhatsAppServerException.class, true, null),
                row("5xx with unknown code", 500, envelope(424242, null, "Internal error", null), null, null,
                        WhatsAppServerException.class, true, null),
                row("code 100 otherwise: bad request", 400, envelope(100, null, "(#100) Invalid parameter", null),
                        null, null, WhatsAppBadRequestException.class, false, null),
                row("code 100 is listed: is_transient does not make it retryable", 400,
                        envelope(100, null, "(#100) Invalid parameter", true), null, null,
                        WhatsAppBadRequestException.class, false, null),
                row("422 with unknown code", 422, envelope(55555, null, "Unprocessable", null), null, null,
                        WhatsAppBadRequestException.class, false, null),
                row("unlisted code with is_transient true is retryable", 400,
                        envelope(55555, null, "Try again", true), null, null, WhatsAppBadRequestException.class, true,
                        null),
                row("200 with success false", 200, "{\"success\":false}", null, null,
                        WhatsAppGraphException.class, false, null),
                row("200 with a body that is not JSON", 200, "OK", "text/plain", null,
                        WhatsAppGraphException.class, false, null),
                row("200 with an empty body", 200, "", null, null, WhatsAppGraphException.class, false, null),
                row("200 carrying an error envelope", 200, envelope(133010, null,
                        "(#133010) Account not registered", null), null, null,
                        WhatsAppPhoneNumberStateException.class, false, null),
                row("302 redirect is never followed", 302, "", null, "Location",
                        "https://elsewhere.example/steal", WhatsAppGraphException.class, false, null));
    }

    /** One row of the table: what Graph answers, and what the route must see. */
    record Row(String name, int status, String body, String contentType, String header, String headerValue,
               Class<? extends WhatsAppGraphException> expected, boolean retryable, Duration retryAfter) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Row row(String name, int status, String body, String contentType, String header,
                           Class<? extends WhatsAppGraphException> expected, boolean retryable, Duration retryAfter) {
        if (header != null) {
            throw new IllegalArgumentException("a header needs a value: " + name);
        }
        return new Row(name, status, body, contentType, null, null, expected, retryable, retryAfter);
    }

    private static Row row(String name, int status, String body, String contentType, String header, String value,
                           Class<? extends WhatsAppGraphException> expected, boolean retryable, Duration retryAfter) {
        return new Row(name, status, body, contentType, header, value, expected, retryable, retryAfter);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void graphAnswerBecomesTypedException(Row row) {
        int status = row.status();
        String body = row.body();
        String contentType = row.contentType();
        String header = row.header();
        String headerValue = row.headerValue();
        Class<? extends WhatsAppGraphException> expected = row.expected();
        boolean retryable = row.retryable();
        Duration retryAfter = row.retryAfter();
        var response = aResponse().withStatus(status).withBody(body)
                .withHeader("Content-Type", contentType != null ? contentType : "application/json")
                .withHeader("x-fb-trace-id", "HeaderTrace1");
        if (header != null) {
            response = response.withHeader(header, headerValue);
        }
        graph.stubFor(post(urlPathEqualTo(path(PHONE_NUMBER_ID))).willReturn(response));

        Exchange result = send(uri(""));

        WhatsAppGraphException e = failure(result, expected);
        assertThat(e).isExactlyInstanceOf(expected);
        assertThat(e.isRetryable()).as("retryable").isEqualTo(retryable);
        assertThat(e.getRetryAfter()).as("retryAfter").isEqualTo(java.util.Optional.ofNullable(retryAfter));
        assertThat(e.getHttpResponseCode()).isEqualTo(status);
        assertThat(e.getError().httpStatus()).isEqualTo(status);
        assertThat(e.getOperation()).isEqualTo("deregister");
        assertThat(e.getPhoneNumberId()).isEqualTo(PHONE_NUMBER_ID);
        assertThat(e.getMessage()).contains("deregister", PHONE_NUMBER_ID, "HTTP " + status).doesNotContain(TOKEN);
        if (body.contains("\"code\":")) {
            assertThat(e.getCode()).isNotNull();
            assertThat(e.getFbtraceId()).isEqualTo("AbCdEfGh123");
            assertThat(e.getMessage()).contains("Graph error " + e.getCode());
        } else {
            assertThat(e.getCode()).isNull();
            assertThat(e.getFbtraceId()).isEqualTo("HeaderTrace1");
        }
        assertThat(e.getResponseBody()).isEqualTo(body);
        assertThat(result.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(status);
        assertThat(requestsReceived()).hasSize(1);
    }
}
