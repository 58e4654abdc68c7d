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
package io.github.whatsappadmin.examples.springboot;

import java.util.List;

import io.github.whatsappadmin.camel.WhatsAppAdminConstants;
import io.github.whatsappadmin.camel.error.WhatsAppAdminException;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * One route: for each listed phone number ID, {@code whatsapp-admin:deregister}, and a log line with the outcome. Where
 * Graph is and which token to use come from {@code camel.component.whatsapp-admin.*} in application.properties.
 */
@Component
public class OffboardingRoute extends RouteBuilder {

    private final List<String> phoneNumberIds;

    public OffboardingRoute(@Value("${offboarding.phone-number-ids}") List<String> phoneNumberIds) {
        this.phoneNumberIds = phoneNumberIds;
    }

    @Override
    public void configure() {
        // Retry only what the exception says a retry can help, and only when Graph asked for no particular wait:
        // a number blocked for minutes or hours is left for a later run rather than holding this one up.
        onException(WhatsAppAdminException.class)
                .onWhen(exchange -> isRetryableNow(exchange.getException(WhatsAppAdminException.class)))
                .maximumRedeliveries("{{offboarding.retries}}").redeliveryDelay("{{offboarding.retry-delay}}")
                .retryAttemptedLogLevel(LoggingLevel.INFO)
                .handled(true)
                .log(LoggingLevel.WARN, "Not deregistered ${header." + WhatsAppAdminConstants.PHONE_NUMBER_ID
                                        + "} after retries: ${exception.message}");
        onException(WhatsAppAdminException.class)
                .handled(true)
                .log(LoggingLevel.WARN, "Not deregistered ${header." + WhatsAppAdminConstants.PHONE_NUMBER_ID
                                        + "}: ${exception.class.simpleName}: ${exception.message}");

        from("{{offboarding.trigger}}").routeId("offboard")
                .setBody(constant(phoneNumberIds))
                .split(body())
                .setHeader(WhatsAppAdminConstants.PHONE_NUMBER_ID, body())
                .to("whatsapp-admin:deregister")
                .log("Deregistered ${header." + WhatsAppAdminConstants.PHONE_NUMBER_ID + "} (fbtrace_id ${header."
                     + WhatsAppAdminConstants.FB_TRACE_ID + "})")
                .end();
    }

    private static boolean isRetryableNow(WhatsAppAdminException failure) {
        return failure != null && failure.isRetryable() && failure.getRetryAfter().isEmpty();
    }
}
