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

import io.github.whatsappadmin.camel.error.WhatsAppAdminException;
import org.apache.camel.builder.RouteBuilder;

/**
 * Deregisters the number in the exchange property {@link ResultMapper#ROW} and leaves its {@link NumberResult} as the
 * body, whatever happened. The component never retries; this route does, for retryable failures only.
 */
final class OffboardingRoutes extends RouteBuilder {

    static final String OFFBOARD = "direct:offboard";

    private final RetryPolicy retry;
    private final ResultMapper results;

    OffboardingRoutes(RetryPolicy retry, ResultMapper results) {
        this.retry = retry;
        this.results = results;
    }

    @Override
    public void configure() {
        // Retryable (5xx, is_transient, 133000, rate limits with a wait we accept): back off and send again.
        // Never 133016: the component marks it not retryable.
        onException(WhatsAppAdminException.class)
                .onWhen(retry::shouldRetry)
                .maximumRedeliveries(retry.maxRetries())
                .onExceptionOccurred(exchange -> {
                    results.attemptFailed(exchange);
                    retry.beforeRedelivery(exchange);
                })
                .onRedelivery(results::attemptStarts)
                .handled(true)
                .process(results::failed);

        // Everything else, and retryable failures that asked for more than --max-wait: record, do not retry.
        onException(Exception.class)
                .onExceptionOccurred(results::attemptFailed)
                .handled(true)
                .process(results::failed);

        from(OFFBOARD).routeId("offboard")
                .to("whatsapp-admin:deregister")
                .process(results::succeeded);
    }
}
