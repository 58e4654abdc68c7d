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

import io.github.whatsappadmin.camel.WhatsAppAdminConstants;
import io.github.whatsappadmin.camel.error.WhatsAppBadRequestException;
import io.github.whatsappadmin.camel.error.WhatsAppInvalidInputException;
import io.github.whatsappadmin.camel.model.PhoneNumber;
import io.github.whatsappadmin.camel.model.RegisterRequest;
import io.github.whatsappadmin.camel.model.TwoStepPinRequest;
import io.github.whatsappadmin.camel.model.VerifyCodeRequest;
import io.github.whatsappadmin.simulator.CodeVerificationStatus;
import io.github.whatsappadmin.simulator.DemoSeed;
import io.github.whatsappadmin.simulator.GraphApiSimulator;
import io.github.whatsappadmin.simulator.PhoneNumberState;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * README.md's onboarding routes and properties, run as written on Camel Main against the Graph API simulator, the PIN
 * from the environment as the page says: a new number is verified and registered; a wrong code or a malformed one
 * stops it before the PIN is set.
 */
class ReadmeOnboardingSnippetTest {

    private static final String NEW_LINE = DemoSeed.NEW_LINE.id();
    private static final String V = "/v23.0/" + NEW_LINE;

    private GraphApiSimulator graph;
    private Main main;
    private ProducerTemplate template;

    static class ReadmeOnboardingRoutes extends RouteBuilder {
        @Override
        public void configure() {
            // @formatter:off
            // snippet:readme-onboarding
            String pin = "{{whatsapp.two-step-pin}}";                     // a placeholder, resolved per message, never in a URI
            from("direct:request-code")                                   // header CamelWhatsAppAdminPhoneNumberId
                .to("whatsapp-admin:requestCode");                        // by SMS in en_US: the options codeMethod, language
            from("direct:register")                                       // body: the code the number received, 6 digits
                .setBody(e -> VerifyCodeRequest.of(e.getMessage().getBody(String.class)))
                .to("whatsapp-admin:verifyCode")
                .setBody(e -> TwoStepPinRequest.of(e.getContext().resolvePropertyPlaceholders(pin)))
                .to("whatsapp-admin:setTwoStepPin")
                .setBody(e -> RegisterRequest.withPin(e.getContext().resolvePropertyPlaceholders(pin)))
                .to("whatsapp-admin:register")                            // spends one of the number's 10 per 72 hours
                .to("whatsapp-admin:getPhoneNumber");                     // out body: the PhoneNumber, now on CLOUD_API
            // end:readme-onboarding
            // @formatter:on
        }
    }

    @BeforeEach
    void start() throws Exception {
        graph = DemoSeed.apply(GraphApiSimulator.create().start());
        main = Snippets.startMain(new ReadmeOnboardingRoutes(), Snippets.README, graph.baseUrl(), "readme-properties",
                "readme-onboarding-properties");
        template = main.getCamelContext().createProducerTemplate();
    }

    @AfterEach
    void stop() {
        main.stop();
        graph.close();
    }

    private static String pinFromTheEnvironment() {
        return System.getenv("WHATSAPP_TWO_STEP_PIN");
    }

    private java.util.List<String> calls() {
        return graph.journal().forPhoneNumber(NEW_LINE).stream().map(e -> e.method() + " " + e.path()).toList();
    }

    @Test
    void readmeShowsExactlyTheCodeThisTestRuns() throws Exception {
        assertThat(Snippets.markdown(Snippets.README, "readme-onboarding"))
                .isEqualTo(Snippets.source(ReadmeOnboardingSnippetTest.class, "readme-onboarding"));
        assertThat(Snippets.properties(Snippets.README, "readme-onboarding-properties"))
                .containsEntry("whatsapp.two-step-pin", "{{env:WHATSAPP_TWO_STEP_PIN}}");
    }

    @Test
    void newNumberIsVerifiedGetsThePinFromTheEnvironmentAndIsRegistered() {
        template.sendBodyAndHeader("direct:request-code", null, WhatsAppAdminConstants.PHONE_NUMBER_ID, NEW_LINE);
        assertThat(calls()).containsExactly("POST " + V + "/request_code");
        assertThat(graph.journal().forPhoneNumber(NEW_LINE).get(0).body()).contains("\"code_method\":\"SMS\"",
                "\"language\":\"en_US\"");
        String code = graph.lastVerificationCode(NEW_LINE).orElseThrow();

        Object body = template.requestBodyAndHeader("direct:register", code, WhatsAppAdminConstants.PHONE_NUMBER_ID,
                NEW_LINE);

        assertThat(body).isInstanceOfSatisfying(PhoneNumber.class, number -> {
            assertThat(number.id()).isEqualTo(NEW_LINE);
            assertThat(number.platformType()).isEqualTo(PhoneNumber.PlatformType.CLOUD_API);
            assertThat(number.codeVerificationStatus()).isEqualTo(PhoneNumber.CodeVerificationStatus.VERIFIED);
        });
        assertThat(calls()).containsExactly("POST " + V + "/request_code", "POST " + V + "/verify_code",
                "POST " + V, "POST " + V + "/register", "GET " + V);
        assertThat(graph.codeVerificationStatus(NEW_LINE)).isEqualTo(CodeVerificationStatus.VERIFIED);
        assertThat(graph.phoneNumberState(NEW_LINE)).isEqualTo(PhoneNumberState.REGISTERED);
        assertThat(graph.twoStepPin(NEW_LINE)).contains(pinFromTheEnvironment());
        assertThat(graph.budgetUsed(NEW_LINE)).isEqualTo(1);
    }

    @Test
    void wrongCodeFailsVerifyCodeAndNeitherPinNorRegisterIsSent() {
        template.sendBodyAndHeader("direct:request-code", null, WhatsAppAdminConstants.PHONE_NUMBER_ID, NEW_LINE);
        String wrong = graph.lastVerificationCode(NEW_LINE).orElseThrow().equals("111111") ? "222222" : "111111";

        assertThatThrownBy(() -> template.requestBodyAndHeader("direct:register", wrong,
                WhatsAppAdminConstants.PHONE_NUMBER_ID, NEW_LINE))
                .isInstanceOf(CamelExecutionException.class).cause()
                .isInstanceOf(WhatsAppBadRequestException.class).hasMessageNotContaining(wrong);
        assertThat(calls()).containsExactly("POST " + V + "/request_code", "POST " + V + "/verify_code");
        assertThat(graph.phoneNumberState(NEW_LINE)).isEqualTo(PhoneNumberState.DEREGISTERED);
        assertThat(graph.budgetUsed(NEW_LINE)).isZero();
    }

    @Test
    void codeAsTheSmsShowsItIsRefusedBeforeAnythingIsSent() {
        template.sendBodyAndHeader("direct:request-code", null, WhatsAppAdminConstants.PHONE_NUMBER_ID, NEW_LINE);
        String code = graph.lastVerificationCode(NEW_LINE).orElseThrow();
        String dashed = code.substring(0, 3) + "-" + code.substring(3);

        assertThatThrownBy(() -> template.requestBodyAndHeader("direct:register", dashed,
                WhatsAppAdminConstants.PHONE_NUMBER_ID, NEW_LINE))
                .isInstanceOf(CamelExecutionException.class).cause()
                .isInstanceOfSatisfying(WhatsAppInvalidInputException.class,
                        e -> assertThat(e.getField()).isEqualTo("code"))
                .hasMessageNotContaining(dashed).hasMessageNotContaining(code);
        assertThat(calls()).containsExactly("POST " + V + "/request_code");
    }
}
