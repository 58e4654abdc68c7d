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
package io.github.whatsappadmin.examples.offboarding;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.whatsappadmin.camel.WhatsAppAdminConstants;
import io.github.whatsappadmin.camel.error.WhatsAppAdminException;
import io.github.whatsappadmin.camel.error.WhatsAppGraphException;
import io.github.whatsappadmin.camel.error.WhatsAppInvalidInputException;
import org.apache.camel.Exchange;

/**
 * Turns a finished exchange (the number's row in, Graph's last answer or failure out) into its {@link NumberResult},
 * and keeps the log of its requests on the way.
 */
final class ResultMapper {

    /** Exchange property: the {@link NumberRow} being offboarded. */
    static final String ROW = "offboarding.row";
    /** Exchange property: the {@link Instant} the number's first request started. */
    static final String STARTED = "offboarding.started";
    /** Exchange property: the {@link Instant} the current request started. */
    static final String ATTEMPT_STARTED = "offboarding.attemptStarted";
    /**
     * Exchange property: the {@link Attempt}s so far. Kept here because Camel removes its redelivery headers once an
     * {@code onException} handles the failure.
     */
    static final String ATTEMPTS = "offboarding.attempts";

    private static final int NOT_REGISTERED = 133010;
    private static final int NOT_REGISTERED_SUBCODE = 2207051;

    private final Clock clock;
    private final Reasons reasons;

    ResultMapper(Clock clock, Reasons reasons) {
        this.clock = clock;
        this.reasons = reasons;
    }

    /** Before the first request: the exchange carries the row and the start time. */
    void start(Exchange exchange, NumberRow row) {
        Instant now = now();
        exchange.setProperty(ROW, row);
        exchange.setProperty(STARTED, now);
        exchange.setProperty(ATTEMPT_STARTED, now);
        exchange.getMessage().setHeader(WhatsAppAdminConstants.PHONE_NUMBER_ID, row.phoneNumberId());
    }

    /** The {@code onRedelivery} of the retrying {@code onException}: runs after the wait, just before the request. */
    void attemptStarts(Exchange exchange) {
        exchange.setProperty(ATTEMPT_STARTED, now());
    }

    /** The {@code onExceptionOccurred} of every {@code onException}: runs once per failed request. */
    void attemptFailed(Exchange exchange) {
        Exception failure = exchange.getException() != null ? exchange.getException()
                : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        if (failure instanceof WhatsAppInvalidInputException) {
            return; // refused before sending: not a request
        }
        Failure f = failure(failure, row(exchange).phoneNumberId());
        attempts(exchange).add(attempt(exchange, Attempt.FAILURE, f.category, f.code, f.status, f.fbtraceId,
                f.reason));
    }

    /** The route's last step on success: the body becomes the result. */
    void succeeded(Exchange exchange) {
        Integer status = exchange.getMessage().getHeader(WhatsAppAdminConstants.HTTP_RESPONSE_CODE, Integer.class);
        String fbtraceId = exchange.getMessage().getHeader(WhatsAppAdminConstants.FB_TRACE_ID, String.class);
        attempts(exchange).add(attempt(exchange, Attempt.SUCCESS, null, null, status, fbtraceId, null));
        exchange.getMessage().setBody(result(exchange, Outcome.DEREGISTERED, null, null, status, fbtraceId, null,
                null, null));
    }

    /** The handled {@code onException}'s step: the body becomes the result, the failure is its data. */
    void failed(Exchange exchange) {
        Exception caught = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        Failure f = failure(caught, row(exchange).phoneNumberId());
        Outcome outcome = Outcome.FAILED;
        String retryNotBefore = null;
        if (caught instanceof WhatsAppAdminException e) {
            if (e instanceof WhatsAppGraphException graph && notRegistered(graph)) {
                outcome = Outcome.ALREADY_DEREGISTERED;
            } else if (e.isRetryable() || e.getRetryAfter().isPresent()) {
                outcome = Outcome.RETRY_LATER;
                retryNotBefore = retryNotBefore(e.getRetryAfter()).toString();
            }
        }
        exchange.getMessage().setBody(result(exchange, outcome, f.category, f.code, f.status, f.fbtraceId,
                retryNotBefore, f.reason, reasons.redact(caught instanceof WhatsAppAdminException
                        ? caught.getMessage() : String.valueOf(caught))));
    }

    /** A short account of a failure for the console, e.g. {@code server, code 2, HTTP 500}. */
    static String describe(WhatsAppAdminException e) {
        StringBuilder text = new StringBuilder(e.getCategory());
        if (e instanceof WhatsAppGraphException graph) {
            if (graph.getCode() != null) {
                text.append(", code ").append(graph.getCode());
            }
            text.append(", HTTP ").append(graph.getHttpResponseCode());
        }
        return text.toString();
    }

    /** What the report keeps of a failure. */
    private record Failure(String category, Integer code, Integer status, String fbtraceId, String reason) {
    }

    private Failure failure(Exception failure, String phoneNumberId) {
        String reason = reasons.of(failure, phoneNumberId);
        if (failure instanceof WhatsAppGraphException graph) {
            return new Failure(graph.getCategory(), graph.getCode(), graph.getHttpResponseCode(),
                    graph.getFbtraceId(), reason);
        }
        if (failure instanceof WhatsAppAdminException e) {
            return new Failure(e.getCategory(), null, null, null, reason);
        }
        return new Failure("error", null, null, null, reason);
    }

    private static boolean notRegistered(WhatsAppGraphException e) {
        Integer code = e.getCode();
        return code != null && (code == NOT_REGISTERED
                                || code == 100 && Integer.valueOf(NOT_REGISTERED_SUBCODE).equals(e.getSubcode()));
    }

    private Attempt attempt(Exchange exchange, String outcome, String category, Integer code, Integer status,
                            String fbtraceId, String reason) {
        Instant started = exchange.getProperty(ATTEMPT_STARTED, Instant.class);
        return new Attempt(started.toString(), Duration.between(started, now()).toMillis(), outcome, category, code,
                status, fbtraceId, reason);
    }

    private NumberResult result(Exchange exchange, Outcome outcome, String category, Integer code, Integer status,
                                String fbtraceId, String retryNotBefore, String reason, String message) {
        NumberRow row = row(exchange);
        Instant started = exchange.getProperty(STARTED, Instant.class);
        Instant now = now();
        List<Attempt> attempts = attempts(exchange);
        return new NumberResult(row.phoneNumberId(), row.label(), row.account(), outcome, category, code, status,
                fbtraceId, attempts.size(), Duration.between(started, now).toMillis(), retryNotBefore, reason,
                message, now.toString(), false, attempts);
    }

    private static NumberRow row(Exchange exchange) {
        return exchange.getProperty(ROW, NumberRow.class);
    }

    @SuppressWarnings("unchecked")
    private static List<Attempt> attempts(Exchange exchange) {
        List<Attempt> attempts = exchange.getProperty(ATTEMPTS, List.class);
        if (attempts == null) {
            attempts = new ArrayList<>();
            exchange.setProperty(ATTEMPTS, attempts);
        }
        return attempts;
    }

    /** Now plus the wait Graph asked for, rounded up to the second. */
    private Instant retryNotBefore(Optional<Duration> retryAfter) {
        Instant at = clock.instant().plus(retryAfter.orElse(Duration.ZERO));
        Instant seconds = at.truncatedTo(ChronoUnit.SECONDS);
        return seconds.equals(at) ? at : seconds.plusSeconds(1);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
