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
import io.github.whatsappadmin.camel.model.PhoneNumber;
import org.apache.camel.Exchange;

/**
 * Turns a finished exchange (the number's row in, Graph's last answer or failure out) into its {@link NumberResult},
 * and keeps the log of its requests on the way: the pre-check ({@code getPhoneNumber}) and the deregister.
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
    /**
     * Exchange property: the operation of the current request ({@link Attempt#CHECK} or {@link Attempt#DEREGISTER}).
     */
    static final String OPERATION = "offboarding.operation";
    /** Exchange property: the {@link PreCheck} of what the pre-check read. */
    static final String CHECK = "offboarding.check";
    /** Exchange property: the {@link PhoneNumber} the pre-check read. */
    static final String CHECKED = "offboarding.checked";

    private static final int NOT_REGISTERED = 133010;
    private static final int NOT_REGISTERED_SUBCODE = 2207051;

    private final Clock clock;
    private final Reasons reasons;
    private final boolean plan;

    /** @param plan a {@code --plan} run: a failure is of the pre-check, and ends the number as cannot-check */
    ResultMapper(Clock clock, Reasons reasons, boolean plan) {
        this.clock = clock;
        this.reasons = reasons;
        this.plan = plan;
    }

    /** Before the first request, the pre-check: the exchange carries the row and the start time. */
    void start(Exchange exchange, NumberRow row) {
        Instant now = now();
        exchange.setProperty(ROW, row);
        exchange.setProperty(STARTED, now);
        exchange.setProperty(ATTEMPT_STARTED, now);
        exchange.setProperty(OPERATION, Attempt.CHECK);
        exchange.getMessage().setHeader(WhatsAppAdminConstants.PHONE_NUMBER_ID, row.phoneNumberId());
    }

    /** After the pre-check's answer: logs the read and decides ({@link #needsDeregister}). */
    void checked(Exchange exchange) {
        PhoneNumber number = exchange.getMessage().getBody(PhoneNumber.class);
        attempts(exchange).add(attempt(exchange, Attempt.SUCCESS, null, null, status(exchange), fbtraceId(exchange),
                null));
        exchange.setProperty(CHECKED, number);
        exchange.setProperty(CHECK, PreCheck.of(number));
    }

    /** The route's choice after the pre-check. */
    boolean needsDeregister(Exchange exchange) {
        return exchange.getProperty(CHECK, PreCheck.class).deregister();
    }

    /** Just before the deregister. */
    void deregistering(Exchange exchange) {
        exchange.setProperty(ATTEMPT_STARTED, now());
        exchange.setProperty(OPERATION, Attempt.DEREGISTER);
    }

    /** The pre-check shows nothing to deregister, or nothing the Cloud API can: the body becomes the result. */
    void skipped(Exchange exchange) {
        PreCheck check = exchange.getProperty(CHECK, PreCheck.class);
        exchange.getMessage().setBody(result(exchange, check.outcome(), null, null, status(exchange),
                fbtraceId(exchange), null, reasons.redact(check.reason()), null));
    }

    /** {@code --plan}: the pre-check shows a number a real run would deregister; the body becomes the result. */
    void wouldDeregister(Exchange exchange) {
        exchange.getMessage().setBody(result(exchange, Outcome.WOULD_DEREGISTER, null, null, status(exchange),
                fbtraceId(exchange), null, null, null));
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

    /** The route's last step after a deregister's success: the body becomes the result. */
    void succeeded(Exchange exchange) {
        Integer status = status(exchange);
        String fbtraceId = fbtraceId(exchange);
        attempts(exchange).add(attempt(exchange, Attempt.SUCCESS, null, null, status, fbtraceId, null));
        exchange.getMessage().setBody(result(exchange, Outcome.DEREGISTERED, null, null, status, fbtraceId, null,
                null, null));
    }

    /** The handled {@code onException}'s step: the body becomes the result, the failure is its data. */
    void failed(Exchange exchange) {
        Exception caught = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        Failure f = failure(caught, row(exchange).phoneNumberId());
        Outcome outcome = plan ? Outcome.CANNOT_CHECK : Outcome.FAILED;
        String retryNotBefore = null;
        if (caught instanceof WhatsAppAdminException e) {
            if (e instanceof WhatsAppGraphException graph && notRegistered(graph)) {
                outcome = Outcome.ALREADY_DEREGISTERED;
            } else if (e.isRetryable() || e.getRetryAfter().isPresent()) {
                outcome = plan ? Outcome.CANNOT_CHECK : Outcome.RETRY_LATER;
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
        return new Attempt(exchange.getProperty(OPERATION, String.class), started.toString(),
                Duration.between(started, now()).toMillis(), outcome, category, code, status, fbtraceId, reason);
    }

    private NumberResult result(Exchange exchange, Outcome outcome, String category, Integer code, Integer status,
                                String fbtraceId, String retryNotBefore, String reason, String message) {
        NumberRow row = row(exchange);
        Instant started = exchange.getProperty(STARTED, Instant.class);
        Instant now = now();
        List<Attempt> attempts = attempts(exchange);
        PhoneNumber checked = exchange.getProperty(CHECKED, PhoneNumber.class);
        return new NumberResult(row.phoneNumberId(), row.label(), row.account(), outcome, read(checked, "status"),
                read(checked, "platform_type"), category, code, status, fbtraceId,
                (int) attempts.stream().filter(Attempt::deregister).count(), Duration.between(started, now).toMillis(),
                retryNotBefore, reason, message, now.toString(), false, attempts);
    }

    /** A field the pre-check read, as Graph sent it, or null when there was no read or no such field. */
    private String read(PhoneNumber checked, String field) {
        Object value = checked == null ? null : checked.fields().get(field);
        return value == null ? null : reasons.redact(String.valueOf(value));
    }

    private static Integer status(Exchange exchange) {
        return exchange.getMessage().getHeader(WhatsAppAdminConstants.HTTP_RESPONSE_CODE, Integer.class);
    }

    private static String fbtraceId(Exchange exchange) {
        return exchange.getMessage().getHeader(WhatsAppAdminConstants.FB_TRACE_ID, String.class);
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
