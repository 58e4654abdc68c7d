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

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

import io.github.whatsappadmin.camel.error.WhatsAppAuthenticationException;
import io.github.whatsappadmin.camel.error.WhatsAppBadRequestException;
import io.github.whatsappadmin.camel.error.WhatsAppConnectionException;
import io.github.whatsappadmin.camel.error.WhatsAppGraphException;
import io.github.whatsappadmin.camel.error.WhatsAppNotFoundException;
import io.github.whatsappadmin.camel.error.WhatsAppPermissionException;
import io.github.whatsappadmin.camel.error.WhatsAppPhoneNumberStateException;
import io.github.whatsappadmin.camel.error.WhatsAppRateLimitException;
import io.github.whatsappadmin.camel.error.WhatsAppServerException;
import io.github.whatsappadmin.camel.internal.TransportFailure.Kind;
import io.github.whatsappadmin.camel.model.GraphError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The classifier on its own: every row of the classification table of the Graph error codes (and the forms Meta's
 * OpenAPI description adds), and the retry rule for calls without an answer.
 */
class ErrorClassifierTest {

    private static final Duration HINT = Duration.ofMinutes(7);
    private static final String TOKEN = "EAAGclassifierTestToken0123456789abcdef";

    record Row(String name, int status, Integer code, Integer subcode, String message, Boolean transientError,
               Class<? extends WhatsAppGraphException> expected, boolean retryable, Duration retryAfter) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Row row(String name, int status, Integer code, Integer subcode, String message,
                           Boolean transientError, Class<? extends WhatsAppGraphException> expected, boolean retryable,
                           Duration retryAfter) {
        return new Row(name, status, code, subcode, message, transientError, expected, retryable, retryAfter);
    }

    static Stream<Row> graphRows() {
        Stream.Builder<Row> rows = Stream.builder();
        // authentication: token missing, expired, revoked; never retried, even when Graph says is_transient
        for (int code : new int[] {0, 102, 104, 190}) {
            rows.add(row("auth code " + code, 400, code, null, "auth", null, WhatsAppAuthenticationException.class,
                    false, null));
        }
        for (int subcode : new int[] {458, 459, 460, 463, 464, 467, 492}) {
            rows.add(row("auth 190/" + subcode + " on 401, is_transient true", 401, 190, subcode, "token", true,
                    WhatsAppAuthenticationException.class, false, null));
        }
        // permission
        for (int code : new int[] {3, 10, 200, 250, 299, 131031}) {
            rows.add(row("permission code " + code, 403, code, null, "permission", null,
                    WhatsAppPermissionException.class, false, null));
        }
        // not found
        rows.add(row("100/33 object does not exist", 400, 100, 33,
                "Unsupported post request. Object with ID '106540352242922' does not exist, cannot be loaded due to"
                                                                   + " missing permissions, or does not support this operation",
                null, WhatsAppNotFoundException.class, false, null));
        rows.add(row("100 object does not exist without subcode", 400, 100, null,
                "Object with ID '1' does not exist, cannot be loaded due to missing permissions", null,
                WhatsAppNotFoundException.class, false, null));
        rows.add(row("803 on 404 (GraphMethodException)", 404, 803, null, "Phone number not found", null,
                WhatsAppNotFoundException.class, false, null));
        rows.add(row("HTTP 404 without a code", 404, null, null, null, null, WhatsAppNotFoundException.class,
                false, null));
        // rate limits: retryable after Graph's hint
        for (int code : new int[] {4, 17, 32, 613, 80007, 130429}) {
            rows.add(row("rate limit code " + code, 400, code, null, "limit", null, WhatsAppRateLimitException.class,
                    true, HINT));
        }
        rows.add(row("429 code 4/2446079 is_transient (OpenAPI)", 429, 4, 2446079, "limit", true,
                WhatsAppRateLimitException.class, true, HINT));
        rows.add(row("133016 register/deregister budget: never retried", 400, 133016, null, "budget", true,
                WhatsAppRateLimitException.class, false, Duration.ofHours(72)));
        // phone-number state
        rows.add(row("133010 not registered", 400, 133010, null, "(#133010) Account not registered", null,
                WhatsAppPhoneNumberStateException.class, false, null));
        rows.add(row("100/2207051 not registered (OpenAPI)", 400, 100, 2207051,
                "Phone number not registered on the WhatsApp Business Platform.", null,
                WhatsAppPhoneNumberStateException.class, false, null));
        rows.add(row("100 not registered, no subcode", 400, 100, null,
                "Phone number not registered on the WhatsApp Business Platform.", null,
                WhatsAppPhoneNumberStateException.class, false, null));
        rows.add(row("100 not currently linked", 400, 100, null,
                "(#100) The phone number is not currently linked in the Facebook Hosted System", null,
                WhatsAppPhoneNumberStateException.class, false, null));
        rows.add(row("100 not available for SMB businesses", 400, 100, null,
                "(#100) This operation is not available for phone numbers of SMB businesses", null,
                WhatsAppPhoneNumberStateException.class, false, null));
        rows.add(row("422 code 100 cannot be deregistered in its current state (OpenAPI)", 422, 100, null,
                "The phone number cannot be deregistered in its current state", null,
                WhatsAppPhoneNumberStateException.class, false, null));
        rows.add(row("422 code 100 already registered or invalid state for registration (OpenAPI)", 422, 100, null,
                "Phone number is already registered or in invalid state for registration", null,
                WhatsAppPhoneNumberStateException.class, false, null));
        rows.add(row("422 code 100 not eligible for verification (OpenAPI)", 422, 100, null,
                "Phone number is not eligible for verification at this time", null,
                WhatsAppPhoneNumberStateException.class, false, null));
        rows.add(row("133006 needs verification", 400, 133006, null, "verify", null,
                WhatsAppPhoneNumberStateException.class, false, null));
        rows.add(row("133015 recently deleted: after 5 minutes", 400, 133015, null, "wait", null,
                WhatsAppPhoneNumberStateException.class, true, Duration.ofMinutes(5)));
        rows.add(row("133000 incomplete deregistration: deregister again", 500, 133000, null, "incomplete", null,
                WhatsAppPhoneNumberStateException.class, true, HINT));
        // server
        for (int code : new int[] {1, 2, 131000, 131016, 133004}) {
            rows.add(row("server code " + code, 400, code, null, "server", null, WhatsAppServerException.class,
                    true, HINT));
        }
        rows.add(row("5xx with an unknown code", 500, 424242, null, "internal", null, WhatsAppServerException.class,
                true, HINT));
        rows.add(row("non-JSON 503", 503, null, null, null, null, WhatsAppServerException.class, true, HINT));
        // bad request, and text that only looks like Graph's phrases
        rows.add(row("100 otherwise", 400, 100, null, "(#100) Invalid parameter", null,
                WhatsAppBadRequestException.class, false, null));
        rows.add(row("100 is listed: is_transient does not make it retryable", 400, 100, null, "(#100) Invalid",
                true, WhatsAppBadRequestException.class, false, null));
        rows.add(row("100 mentioning smb in a parameter name", 400, 100, null,
                "(#100) Param smb_account_id must be a number", null, WhatsAppBadRequestException.class, false,
                null));
        rows.add(row("100 mentioning a word containing smb", 400, 100, null, "(#100) Invalid value for smbx",
                null, WhatsAppBadRequestException.class, false, null));
        rows.add(row("100 'not registered' of something else", 400, 100, null,
                "(#100) The callback URL is not registered for this app", null, WhatsAppBadRequestException.class,
                false, null));
        rows.add(row("100 'does not exist' without 'Object with ID'", 400, 100, null,
                "(#100) Field foo does not exist", null, WhatsAppBadRequestException.class, false, null));
        rows.add(row("other 400", 400, 55555, null, "other", null, WhatsAppBadRequestException.class, false,
                null));
        rows.add(row("other 422", 422, 55555, null, "other", null, WhatsAppBadRequestException.class, false,
                null));
        // is_transient on an unlisted code
        rows.add(row("unlisted code with is_transient true", 400, 55555, null, "try again", true,
                WhatsAppBadRequestException.class, true, HINT));
        // answers that fit no kind
        rows.add(row("2xx that is not a success", 200, null, null, null, null, WhatsAppGraphException.class, false,
                null));
        rows.add(row("redirect", 302, null, null, null, null, WhatsAppGraphException.class, false, null));
        rows.add(row("proxy 407", 407, null, null, null, null, WhatsAppGraphException.class, false, null));
        return rows.build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("graphRows")
    void graphErrorIsClassifiedAsTheTableSays(Row row) {
        GraphError error = new GraphError(row.status(), row.code(), row.subcode(), "OAuthException", row.message(),
                "Trace1", row.transientError(), null, null, null, null, "", null);

        WhatsAppGraphException e = ErrorClassifier.classify(error, HINT, null, "failed", "deregister", "1");

        assertThat(e).isExactlyInstanceOf(row.expected());
        assertThat(e.isRetryable()).as("retryable").isEqualTo(row.retryable());
        assertThat(e.getRetryAfter()).as("retryAfter").isEqualTo(Optional.ofNullable(row.retryAfter()));
        assertThat(e.getHttpResponseCode()).isEqualTo(row.status());
        assertThat(e.getHttpResponseStatus()).isEqualTo(ReasonPhrases.of(row.status())).isNotBlank();
    }

    @Test
    void reasonPhraseSentByTheServerIsKept() {
        GraphError error = new GraphError(503, null, null, null, null, null, null, null, null, null, null, "", null);

        WhatsAppGraphException e = ErrorClassifier.classify(error, null, "Backend Overloaded", "m", "deregister",
                "1");

        assertThat(e.getHttpResponseStatus()).isEqualTo("Backend Overloaded");
    }

    record Failure(Kind kind, boolean requestSent, boolean harmlessToRepeat, boolean retryable, String says) {
        @Override
        public String toString() {
            return kind + (requestSent ? ", maybe sent" : ", not sent") + (harmlessToRepeat ? ", harmless" : "");
        }
    }

    static Stream<Failure> connectionRows() {
        return Stream.of(
                // surely not sent: retryable, whatever the operation, except a certificate failure
                new Failure(Kind.UNKNOWN_HOST, false, false, true, "unknown host"),
                new Failure(Kind.CONNECTION_REFUSED, false, false, true, "connection refused"),
                new Failure(Kind.CONNECT_TIMEOUT, false, false, true, "connectTimeout 1000 ms"),
                new Failure(Kind.TLS_HANDSHAKE, false, false, true, "handshake"),
                new Failure(Kind.PROXY_TUNNEL, false, false, true, "proxy refused the tunnel"),
                new Failure(Kind.STOPPED, false, false, true, "component stopped"),
                new Failure(Kind.CERTIFICATE, false, false, false, "certificate or host name did not verify"),
                new Failure(Kind.CERTIFICATE, false, true, false, "a retry cannot fix this"),
                // may have been sent: retryable only when repeating is harmless
                new Failure(Kind.TIMEOUT, true, true, true, "requestTimeout 2000 ms"),
                new Failure(Kind.TIMEOUT, true, false, false, "requestTimeout 2000 ms"),
                new Failure(Kind.CONNECTION_LOST, true, true, true, "connection broke"),
                new Failure(Kind.CONNECTION_LOST, true, false, false, "check the number's state"),
                new Failure(Kind.MALFORMED_RESPONSE, true, true, true, "not valid HTTP"),
                new Failure(Kind.MALFORMED_RESPONSE, true, false, false, "not valid HTTP"),
                new Failure(Kind.STOPPED, true, false, false, "component stopped"),
                new Failure(Kind.OTHER, true, true, true, "connection failed"),
                new Failure(Kind.OTHER, true, false, false, "connection failed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("connectionRows")
    void connectionFailureIsRetryableExactlyAsTheRuleSays(Failure row) {
        TransportFailure failure = new TransportFailure(row.kind(), row.requestSent(), null, null);

        WhatsAppConnectionException e = ErrorClassifier.connectionFailure(failure, "register", "106540352242922",
                "phone number 106540352242922",
                row.harmlessToRepeat(), 1000, 2000, "https://graph.example.com", new Redactor(TOKEN));

        assertThat(e.isRetryable()).as("retryable").isEqualTo(row.retryable());
        assertThat(e.isRequestSent()).isEqualTo(row.requestSent());
        assertThat(e.getMessage()).contains("register of phone number 106540352242922 failed", row.says(),
                "[https://graph.example.com]", row.requestSent() ? "may have received" : "nothing was sent");
        assertThat(e.getOperation()).isEqualTo("register");
        assertThat(e.getCategory()).isEqualTo("connection");
    }

    @Test
    void secretInTheTransportDetailAndCauseIsRemoved() {
        IOException cause = new IOException("Invalid header: Authorization: Bearer " + TOKEN,
                new IllegalStateException("inner " + TOKEN));
        TransportFailure failure = new TransportFailure(Kind.MALFORMED_RESPONSE, true, "echo " + TOKEN, cause);

        WhatsAppConnectionException e = ErrorClassifier.connectionFailure(failure, "deregister", "1", "phone number 1", true, 1,
                2,
                "https://graph.example.com", new Redactor(TOKEN));

        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        assertThat(trace.toString()).doesNotContain(TOKEN).contains("[REDACTED]", "java.io.IOException: Invalid"
                                                                                  + " header: Authorization: Bearer [REDACTED]");
        assertThat(e.getCause().getStackTrace()).isEqualTo(cause.getStackTrace());
        assertThat(e.getMessage()).contains("echo [REDACTED]");
    }

    @Test
    void causeWithoutSecretIsKeptAsItIs() {
        IOException cause = new IOException("Connection reset");
        TransportFailure failure = new TransportFailure(Kind.CONNECTION_LOST, true, null, cause);

        WhatsAppConnectionException e = ErrorClassifier.connectionFailure(failure, "deregister", "1", "phone number 1", true, 1,
                2,
                "https://graph.example.com", new Redactor(TOKEN));

        assertThat(e.getCause()).isSameAs(cause);
    }
}
