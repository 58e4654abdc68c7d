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

import io.github.whatsappadmin.camel.WhatsAppAdminConstants;
import io.github.whatsappadmin.camel.error.WhatsAppAdminException;
import io.github.whatsappadmin.camel.model.PhoneNumber;
import io.github.whatsappadmin.camel.model.RegisterRequest;
import io.github.whatsappadmin.camel.model.TwoStepPinRequest;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Onboards {@code onboarding.phone-number-id}: requestCode, the code that reached the number, verifyCode,
 * setTwoStepPin and register with {@code onboarding.two-step-pin}, getPhoneNumber; then lists the business account's
 * numbers. How the code is sent (codeMethod, language), which fields are read, the business account and the most
 * numbers listed are the component's options, from {@code camel.component.whatsapp-admin.*}. Without a phone number
 * ID (or without a {@link VerificationCodes} bean) there is nothing to onboard, and the routes are not added.
 */
@Component
public class OnboardingRoute extends RouteBuilder {

    private static final String ID = "${header." + WhatsAppAdminConstants.PHONE_NUMBER_ID + "}";

    private final String phoneNumberId;
    private final ObjectProvider<VerificationCodes> codes;

    public OnboardingRoute(@Value("${onboarding.phone-number-id:}") String phoneNumberId,
                           ObjectProvider<VerificationCodes> codes) {
        this.phoneNumberId = phoneNumberId;
        this.codes = codes;
    }

    @Override
    public void configure() {
        VerificationCodes inbox = codes.getIfAvailable();
        if (phoneNumberId.isBlank() || inbox == null) {
            return;
        }
        from("{{onboarding.trigger}}").routeId("onboard")
                .onException(WhatsAppAdminException.class).handled(true)
                .log(LoggingLevel.WARN, "Not onboarded " + ID + ": ${exception.operation} failed, "
                                        + "${exception.class.simpleName}: ${exception.message}")
                .end()
                .setHeader(WhatsAppAdminConstants.PHONE_NUMBER_ID, constant(phoneNumberId))
                .to("whatsapp-admin:requestCode")
                .log("Verification code requested for " + ID)
                .setBody(exchange -> inbox.received(phoneNumberId))
                .to("whatsapp-admin:verifyCode")
                // the PIN is read where it is used, from a placeholder, and lives only in the masked request objects
                .setBody(exchange -> TwoStepPinRequest.of(pin(exchange)))
                .to("whatsapp-admin:setTwoStepPin")
                .setBody(exchange -> RegisterRequest.withPin(pin(exchange)))
                .to("whatsapp-admin:register")
                .log("Registered " + ID + " (fbtrace_id ${header." + WhatsAppAdminConstants.FB_TRACE_ID + "})")
                .to("whatsapp-admin:getPhoneNumber")
                .setBody(exchange -> describe(exchange.getMessage().getBody(PhoneNumber.class)))
                .log(ID + ": ${body}")
                .to("direct:list-numbers");

        from("direct:list-numbers").routeId("list-numbers")
                .onException(WhatsAppAdminException.class).handled(true)
                .log(LoggingLevel.WARN, "Business account ${header." + WhatsAppAdminConstants.BUSINESS_ACCOUNT_ID
                                        + "} not listed: ${exception.class.simpleName}: ${exception.message}")
                .end()
                .to("whatsapp-admin:listPhoneNumbers")
                .log("Business account ${header." + WhatsAppAdminConstants.BUSINESS_ACCOUNT_ID + "}: ${body.size} "
                     + "phone numbers")
                .split(body())
                .setBody(exchange -> describe(exchange.getMessage().getBody(PhoneNumber.class)))
                .log("  ${body}")
                .end();
    }

    private static String pin(Exchange exchange) {
        return exchange.getContext().resolvePropertyPlaceholders("{{onboarding.two-step-pin}}");
    }

    private static String describe(PhoneNumber number) {
        return String.format("%s %s (%s): %s, %s, code %s", number.id(), number.displayPhoneNumber(),
                number.verifiedName(), number.status(), number.platformType(), number.codeVerificationStatus());
    }
}
