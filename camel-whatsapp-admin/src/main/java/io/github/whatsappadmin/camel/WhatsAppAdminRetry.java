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

import io.github.whatsappadmin.camel.error.WhatsAppAdminException;
import org.apache.camel.Exchange;
import org.apache.camel.Predicate;
import org.apache.camel.Processor;

/**
 * Building blocks for retry policies in routes, on Camel's own error handler (the component never retries itself):
 *
 * <pre>
 * onException(WhatsAppAdminException.class)
 * .onWhen(WhatsAppAdminRetry.retryableWithin(Duration.ofMinutes(10)))
 * .onExceptionOccurred(WhatsAppAdminRetry.waitRetryAfter())
 * .maximumRedeliveries(5).redeliveryDelay(1000).useExponentialBackOff().useCollisionAvoidance();
 * </pre>
 */
public final class WhatsAppAdminRetry {

    private WhatsAppAdminRetry() {
    }

    /**
     * True when the failure is retryable and Graph's requested wait, if it gave one, is at most {@code maxWait}: a
     * rate limit that lifts in an hour is better reported than slept on.
     */
    public static Predicate retryableWithin(Duration maxWait) {
        return exchange -> {
            WhatsAppAdminException e = failure(exchange);
            return e != null && e.isRetryable()
                   && e.getRetryAfter().map(wait -> wait.compareTo(maxWait) <= 0).orElse(true);
        };
    }

    /**
     * For {@code onExceptionOccurred}: when the failure says how long to wait ({@code getRetryAfter()}), the next
     * redelivery waits that long (Camel's {@code CamelRedeliveryDelay} header); otherwise the redelivery policy's own
     * delay and backoff apply.
     */
    public static Processor waitRetryAfter() {
        return exchange -> {
            WhatsAppAdminException e = failure(exchange);
            Duration wait = e != null ? e.getRetryAfter().orElse(null) : null;
            if (wait != null) {
                exchange.getIn().setHeader(Exchange.REDELIVERY_DELAY, wait.toMillis());
            } else {
                exchange.getIn().removeHeader(Exchange.REDELIVERY_DELAY);
            }
        };
    }

    private static WhatsAppAdminException failure(Exchange exchange) {
        WhatsAppAdminException e = exchange.getException(WhatsAppAdminException.class);
        if (e == null) {
            Exception caught = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
            if (caught instanceof WhatsAppAdminException admin) {
                e = admin;
            }
        }
        return e;
    }
}
