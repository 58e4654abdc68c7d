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
package io.github.whatsappadmin.camel.onboarding;

import io.github.whatsappadmin.camel.model.RegisterRequest;
import io.github.whatsappadmin.camel.model.TwoStepPinRequest;
import io.github.whatsappadmin.camel.model.VerifyCodeRequest;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

// @formatter:off
// snippet:onboarding-java
public class OnboardingRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // 0. Every number of a business account that is not on the Cloud API yet
        from("direct:onboard-account")                           // header CamelWhatsAppAdminBusinessAccountId
            .to("whatsapp-admin:listPhoneNumbers")               // every page, up to maxResults
            .split(body())
                .filter(simple("${body.platformType} != 'CLOUD_API'"))
                    .setHeader("CamelWhatsAppAdminPhoneNumberId", simple("${body.id}"))
                    .to("direct:onboard");

        // 1. Pre-flight: read the number, then do only what it still needs
        from("direct:onboard")                                   // header CamelWhatsAppAdminPhoneNumberId
            .to("whatsapp-admin:getPhoneNumber")
            .choice()
                .when(simple("${body.platformType} == 'CLOUD_API'"))
                    .log("${header.CamelWhatsAppAdminPhoneNumberId} is on the Cloud API already: nothing to do")
                .when(simple("${body.codeVerificationStatus} == 'VERIFIED'"))
                    .to("direct:register")
                .otherwise()
                    .to("whatsapp-admin:requestCode")            // by SMS in en_US: the options codeMethod, language
                    .log("code sent to ${header.CamelWhatsAppAdminPhoneNumberId}: send it to direct:verify");

        // 2. The owner read the code out: verify it, then register
        from("direct:verify")                                    // body: the code's digits, such as 482913
            .setBody(exchange -> VerifyCodeRequest.of(exchange.getMessage().getBody(String.class)))
            .to("whatsapp-admin:verifyCode")
            .to("direct:register");

        // 3. The two-step PIN, then register with it: from a vault or a placeholder, never in a URI
        from("direct:register")
            .setBody(exchange -> TwoStepPinRequest.of(pin(exchange)))
            .to("whatsapp-admin:setTwoStepPin")
            .setBody(exchange -> RegisterRequest.withPin(pin(exchange)))
            .to("whatsapp-admin:register")
            .log("${header.CamelWhatsAppAdminPhoneNumberId} registered, fbtrace_id ${header.CamelWhatsAppAdminFbTraceId}");
    }

    private static String pin(Exchange exchange) {
        return exchange.getContext().resolvePropertyPlaceholders("{{whatsapp.two-step-pin}}");
    }
}
// end:onboarding-java
// @formatter:on
