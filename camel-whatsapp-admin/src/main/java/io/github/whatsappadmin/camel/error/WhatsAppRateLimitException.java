package io.github.whatsappadmin.camel.error;

import java.time.Duration;

import io.github.whatsappadmin.camel.model.GraphError;
import io.github.whatsappadmin.camel.model.GraphUsage;

/**
 * A rate limit was hit (codes 4, 17, 32, 613, 80007, 130429, HTTP 429): retryable, after {@link #getRetryAfter()} when
 * Graph said how long ({@code estimated_time_to_regain_access} or {@code Retry-After}). Code 133016, the register /
 * deregister budget of a number, is the exception: the number is blocked for 72 hours and a retry cannot succeed
 * within that time, so it is not retryable and {@link #getRetryAfter()} says 72 hours.
 */
public class WhatsAppRateLimitException extends WhatsAppGraphException {

    private static final long serialVersionUID = 1L;

    public WhatsAppRateLimitException(String message, String operation, String phoneNumberId, GraphError error,
                                      boolean retryable, Duration retryAfter) {
        super(message, operation, phoneNumberId, error, retryable, retryAfter);
    }

    /** The usage headers of the answer, or {@code null} when Graph sent none. */
    public GraphUsage getUsage() {
        return getError().usage();
    }

    @Override
    public String getCategory() {
        return "rate-limit";
    }
}
