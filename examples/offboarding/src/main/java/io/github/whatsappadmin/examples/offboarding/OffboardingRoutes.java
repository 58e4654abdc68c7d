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
import org.apache.camel.model.ChoiceDefinition;

/**
 * Reads the number in the exchange property {@link ResultMapper#ROW} ({@code getPhoneNumber}), deregisters it when
 * the read shows it needs one ({@link PreCheck}), and leaves its {@link NumberResult} as the body, whatever happened.
 * In a {@code --plan} run it stops after the read. The component never retries; this route does, for retryable
 * failures only, the read's as the deregister's (each step is sent again on its own).
 */
final class OffboardingRoutes extends RouteBuilder {

    static final String OFFBOARD = "direct:offboard";

    private final RetryPolicy retry;
    private final ResultMapper results;
    private final boolean plan;

    OffboardingRoutes(RetryPolicy retry, ResultMapper results, boolean plan) {
        this.retry = retry;
        this.results = results;
        this.plan = plan;
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

        // The pre-check: same component options and token provider as the deregister.
        ChoiceDefinition needsDeregister = from(OFFBOARD).routeId("offboard")
                .to("whatsapp-admin:getPhoneNumber")
                .process(results::checked)
                .choice().when(results::needsDeregister);
        if (plan) {
            needsDeregister.process(results::wouldDeregister);
        } else {
            needsDeregister.process(results::deregistering)
                    .to("whatsapp-admin:deregister")
                    .process(results::succeeded);
        }
        needsDeregister.otherwise().process(results::skipped).end();
    }
}
