package io.github.whatsappadmin.examples.offboarding;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.github.whatsappadmin.camel.WhatsAppAdminConstants;
import io.github.whatsappadmin.camel.error.WhatsAppAdminException;
import io.github.whatsappadmin.camel.error.WhatsAppGraphException;
import io.github.whatsappadmin.camel.error.WhatsAppInvalidInputException;
import org.apache.camel.Exchange;

/** Turns a finished exchange (the number's row in, Graph's last answer or failure out) into its {@link NumberResult}. */
final class ResultMapper {

    /** Exchange property: the {@link NumberRow} being offboarded. */
    static final String ROW = "offboarding.row";
    /** Exchange property: {@link System#nanoTime()} before the first request. */
    static final String STARTED = "offboarding.started";
    /**
     * Exchange property: requests that failed so far. Counted here because Camel removes its redelivery headers once
     * an {@code onException} handles the failure.
     */
    static final String FAILED_ATTEMPTS = "offboarding.failedAttempts";

    private static final int NOT_REGISTERED = 133010;
    private static final int NOT_REGISTERED_SUBCODE = 2207051;

    private final Clock clock;

    ResultMapper(Clock clock) {
        this.clock = clock;
    }

    /** The {@code onExceptionOccurred} of every {@code onException}: runs once per failed request. */
    void attemptFailed(Exchange exchange) {
        exchange.setProperty(FAILED_ATTEMPTS, failedAttempts(exchange) + 1);
    }

    /** The route's last step on success: the body becomes the result. */
    void succeeded(Exchange exchange) {
        exchange.getMessage().setBody(result(exchange, Outcome.DEREGISTERED, null, null,
                exchange.getMessage().getHeader(WhatsAppAdminConstants.HTTP_RESPONSE_CODE, Integer.class),
                exchange.getMessage().getHeader(WhatsAppAdminConstants.FB_TRACE_ID, String.class), null, null));
    }

    /** The handled {@code onException}'s step: the body becomes the result, the failure is its data. */
    void failed(Exchange exchange) {
        Exception caught = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        if (!(caught instanceof WhatsAppAdminException e)) {
            exchange.getMessage().setBody(result(exchange, Outcome.FAILED, "error", null, null, null, null,
                    String.valueOf(caught)));
            return;
        }
        Integer code = null;
        Integer status = null;
        String fbtraceId = null;
        Outcome outcome = e.isRetryable() || e.getRetryAfter().isPresent() ? Outcome.RETRY_LATER : Outcome.FAILED;
        if (e instanceof WhatsAppGraphException graph) {
            code = graph.getCode();
            status = graph.getHttpResponseCode();
            fbtraceId = graph.getFbtraceId();
            if (notRegistered(graph)) {
                outcome = Outcome.ALREADY_DEREGISTERED;
            }
        }
        String retryNotBefore = outcome == Outcome.RETRY_LATER ? retryNotBefore(e.getRetryAfter()).toString() : null;
        exchange.getMessage().setBody(result(exchange, outcome, e.getCategory(), code, status, fbtraceId,
                retryNotBefore, e.getMessage()));
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

    private static boolean notRegistered(WhatsAppGraphException e) {
        Integer code = e.getCode();
        return code != null && (code == NOT_REGISTERED
                                || code == 100 && Integer.valueOf(NOT_REGISTERED_SUBCODE).equals(e.getSubcode()));
    }

    private NumberResult result(Exchange exchange, Outcome outcome, String category, Integer code, Integer status,
                                String fbtraceId, String retryNotBefore, String message) {
        NumberRow row = exchange.getProperty(ROW, NumberRow.class);
        long started = exchange.getProperty(STARTED, System.nanoTime(), Long.class);
        int attempts = outcome == Outcome.DEREGISTERED ? failedAttempts(exchange) + 1
                : exchange.getProperty(Exchange.EXCEPTION_CAUGHT) instanceof WhatsAppInvalidInputException ? 0
                : failedAttempts(exchange);
        return new NumberResult(row.phoneNumberId(), row.label(), row.account(), outcome, category, code, status,
                fbtraceId, attempts, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), retryNotBefore,
                message, now().toString(), false);
    }

    private static int failedAttempts(Exchange exchange) {
        return exchange.getProperty(FAILED_ATTEMPTS, 0, Integer.class);
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
