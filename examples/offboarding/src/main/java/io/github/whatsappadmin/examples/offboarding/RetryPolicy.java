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

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

import io.github.whatsappadmin.camel.WhatsAppAdminConstants;
import io.github.whatsappadmin.camel.WhatsAppAdminRetry;
import io.github.whatsappadmin.camel.error.WhatsAppAdminException;
import org.apache.camel.Exchange;
import org.apache.camel.Predicate;

/**
 * When and how long to wait before sending a number again. Retries only what the component calls retryable (never the
 * 133016 lockout), with exponential backoff ({@code baseDelay}, doubling), but never less than the wait Graph asked
 * for ({@code getRetryAfter()}), and never longer than {@code maxWait}: a failure that asks for more is not retried in
 * this run (the number ends as {@code retry-later}).
 */
final class RetryPolicy {

    private final int maxRetries;
    private final Duration baseDelay;
    private final Duration maxWait;
    private final Consumer<String> progress;
    private final Predicate retryable;

    RetryPolicy(int maxRetries, Duration baseDelay, Duration maxWait, Consumer<String> progress) {
        this.maxRetries = maxRetries;
        this.baseDelay = baseDelay;
        this.maxWait = maxWait;
        this.progress = progress;
        this.retryable = WhatsAppAdminRetry.retryableWithin(maxWait);
    }

    int maxRetries() {
        return maxRetries;
    }

    Duration maxWait() {
        return maxWait;
    }

    /** The {@code onWhen} of the retrying {@code onException}. */
    boolean shouldRetry(Exchange exchange) {
        return retryable.matches(exchange);
    }

    /** The wait before retry number {@code retry} (1 for the first). */
    Duration delayBefore(int retry, Optional<Duration> retryAfter) {
        Duration doubled = baseDelay.multipliedBy(1L << Math.min(retry - 1, 30));
        Duration backoff = doubled.compareTo(maxWait) > 0 ? maxWait : doubled;
        return retryAfter.filter(wait -> wait.compareTo(backoff) > 0).orElse(backoff);
    }

    /**
     * The {@code onExceptionOccurred} of the retrying {@code onException}: Camel reads the header
     * {@link Exchange#REDELIVERY_DELAY} to decide how long to wait before this redelivery.
     */
    void beforeRedelivery(Exchange exchange) {
        int retry = exchange.getMessage().getHeader(Exchange.REDELIVERY_COUNTER, 0, Integer.class);
        WhatsAppAdminException e = exchange.getException(WhatsAppAdminException.class);
        if (e == null || retry < 1 || retry > maxRetries) {
            return; // exhausted: no redelivery follows
        }
        Duration delay = delayBefore(retry, e.getRetryAfter());
        exchange.getMessage().setHeader(Exchange.REDELIVERY_DELAY, delay.toMillis());
        progress.accept("        " + exchange.getMessage().getHeader(WhatsAppAdminConstants.PHONE_NUMBER_ID)
                        + ": " + ResultMapper.describe(e) + "; retry " + retry + " of " + maxRetries + " in "
                        + Durations.format(delay));
    }
}
