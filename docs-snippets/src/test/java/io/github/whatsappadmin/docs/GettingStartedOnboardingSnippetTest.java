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
package io.github.whatsappadmin.docs;

import java.util.List;
import java.util.Properties;

import io.github.whatsappadmin.camel.WhatsAppAdminConstants;
import io.github.whatsappadmin.camel.error.WhatsAppPermissionException;
import io.github.whatsappadmin.camel.model.PhoneNumber;
import io.github.whatsappadmin.camel.model.RegisterRequest;
import io.github.whatsappadmin.camel.model.TwoStepPinRequest;
import io.github.whatsappadmin.camel.model.VerifyCodeRequest;
import io.github.whatsappadmin.simulator.DemoSeed;
import io.github.whatsappadmin.simulator.GraphApiSimulator;
import io.github.whatsappadmin.simulator.JournalEntry;
import io.github.whatsappadmin.simulator.PhoneNumberState;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * docs/getting-started.md's onboarding routes and their properties, run as written on Camel Main against the Graph API
 * simulator with the page's dependencies only: the options of the properties reach Graph, a number is onboarded, a
 * list is bounded, an account the token cannot see fails the exchange.
 */
class GettingStartedOnboardingSnippetTest {

    private static final String NEW_LINE = DemoSeed.NEW_LINE.id();
    private static final String FIELDS = "id,display_phone_number,verified_name,status,platform_type";

    private GraphApiSimulator graph;
    private Main main;
    private ProducerTemplate template;

    static class GettingStartedOnboardingRoutes extends RouteBuilder {
        @Override
        public void configure() {
            // @formatter:off
            // snippet:getting-started-onboarding
            from("direct:numbers")                                    // header CamelWhatsAppAdminBusinessAccountId
                .to("whatsapp-admin:listPhoneNumbers")                // out body: a List<PhoneNumber>, every page
                .split(body())
                    .log("${header.CamelWhatsAppAdminBusinessAccountId}: ${body}");

            from("direct:request-code")                               // header CamelWhatsAppAdminPhoneNumberId
                .to("whatsapp-admin:requestCode");                    // Graph calls the number with the code

            String pin = "{{whatsapp.two-step-pin}}";                 // resolved per message
            from("direct:register")                                   // body: the code's 6 digits
                .setBody(e -> VerifyCodeRequest.of(e.getMessage().getBody(String.class)))
                .to("whatsapp-admin:verifyCode")
                .setBody(e -> TwoStepPinRequest.of(e.getContext().resolvePropertyPlaceholders(pin)))
                .to("whatsapp-admin:setTwoStepPin")
                .setBody(e -> RegisterRequest.withPin(e.getContext().resolvePropertyPlaceholders(pin)))
                .to("whatsapp-admin:register")
                .to("whatsapp-admin:getPhoneNumber");                 // out body: the PhoneNumber, on CLOUD_API now
            // end:getting-started-onboarding
            // @formatter:on
        }
    }

    @BeforeEach
    void start() throws Exception {
        graph = DemoSeed.apply(GraphApiSimulator.create().start());
        main = Snippets.startMain(new GettingStartedOnboardingRoutes(), Snippets.GETTING_STARTED, graph.baseUrl(),
                "getting-started-properties", "getting-started-onboarding-properties");
        template = main.getCamelContext().createProducerTemplate();
    }

    @AfterEach
    void stop() {
        main.stop();
        graph.close();
    }

    @Test
    void pageShowsExactlyTheCodeThisTestRuns() throws Exception {
        assertThat(Snippets.markdown(Snippets.GETTING_STARTED, "getting-started-onboarding"))
                .isEqualTo(Snippets.source(GettingStartedOnboardingSnippetTest.class, "getting-started-onboarding"));
        Properties properties = Snippets.properties(Snippets.GETTING_STARTED, "getting-started-onboarding-properties");
        assertThat(properties).containsEntry("whatsapp.two-step-pin", "{{env:WHATSAPP_TWO_STEP_PIN}}")
                .containsEntry("camel.component.whatsapp-admin.fields", FIELDS);
    }

    @Test
    void numberIsCalledWithTheCodeVerifiedAndRegisteredWithThePinFromTheEnvironment() {
        template.sendBodyAndHeader("direct:request-code", null, WhatsAppAdminConstants.PHONE_NUMBER_ID, NEW_LINE);
        JournalEntry requestCode = graph.journal().forPhoneNumber(NEW_LINE).get(0);
        assertThat(requestCode.body()).contains("\"code_method\":\"VOICE\"", "\"language\":\"pt_BR\"");

        Object body = template.requestBodyAndHeader("direct:register", graph.lastVerificationCode(NEW_LINE)
                .orElseThrow(), WhatsAppAdminConstants.PHONE_NUMBER_ID, NEW_LINE);

        assertThat(body).isInstanceOfSatisfying(PhoneNumber.class, number -> assertThat(number.platformType())
                .isEqualTo(PhoneNumber.PlatformType.CLOUD_API));
        assertThat(graph.journal().forPhoneNumber(NEW_LINE)).last()
                .satisfies(read -> assertThat(read.queryParameter("fields")).contains(FIELDS));
        assertThat(graph.phoneNumberState(NEW_LINE)).isEqualTo(PhoneNumberState.REGISTERED);
        assertThat(graph.twoStepPin(NEW_LINE)).contains(System.getenv("WHATSAPP_TWO_STEP_PIN"));
    }

    @Test
    void businessAccountIsListedPageByPageUpToMaxResults() {
        Object body = template.requestBodyAndHeader("direct:numbers", null,
                WhatsAppAdminConstants.BUSINESS_ACCOUNT_ID, DemoSeed.ACCOUNT_BULK);

        assertThat(body).asInstanceOf(InstanceOfAssertFactories.list(PhoneNumber.class))
                .hasSize(100).allSatisfy(number -> assertThat(number.status()).isEqualTo(PhoneNumber.Status.CONNECTED));
        List<JournalEntry> pages = graph.journal().forBusinessAccount(DemoSeed.ACCOUNT_BULK);
        assertThat(pages).isNotEmpty().allSatisfy(page -> assertThat(page.queryParameter("fields")).contains(FIELDS));
        assertThat(graph.phoneNumberIds(DemoSeed.ACCOUNT_BULK)).hasSizeGreaterThan(100);
    }

    @Test
    void businessAccountTheTokenCannotSeeFailsTheExchange() {
        assertThatThrownBy(() -> template.requestBodyAndHeader("direct:numbers", null,
                WhatsAppAdminConstants.BUSINESS_ACCOUNT_ID, DemoSeed.ACCOUNT_PARTNER))
                .isInstanceOf(CamelExecutionException.class).cause()
                .isInstanceOf(WhatsAppPermissionException.class);
        assertThat(graph.journal().forBusinessAccount(DemoSeed.ACCOUNT_PARTNER)).singleElement()
                .satisfies(page -> assertThat(page.status()).isEqualTo(403));
    }
}
