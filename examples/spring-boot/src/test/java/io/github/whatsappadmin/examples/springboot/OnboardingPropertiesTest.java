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

import io.github.whatsappadmin.simulator.DemoSeed;
import io.github.whatsappadmin.simulator.GraphApiSimulator;
import io.github.whatsappadmin.simulator.PhoneNumberState;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the properties get wrong: a malformed PIN is refused before it is sent and never shown; max-results bounds
 * the list.
 */
@SpringBootTest(properties = {"offboarding.trigger=direct:offboard", "onboarding.trigger=direct:onboard",
        "spring.main.keep-alive=false", "camel.main.duration-max-idle-seconds=0",
        "onboarding.two-step-pin=97531", "camel.component.whatsapp-admin.max-results=3"})
@ExtendWith(OutputCaptureExtension.class)
class OnboardingPropertiesTest {

    @DynamicPropertySource
    static void freePort(DynamicPropertyRegistry registry) {
        int port = OnboardingRouteTest.freeLoopbackPort();
        registry.add("offboarding.simulator.port", () -> port);
    }

    @Autowired
    ProducerTemplate template;

    @Autowired
    GraphApiSimulator graph;

    @Test
    void malformedPinIsRefusedBeforeItIsSentAndNeverShown(CapturedOutput output) {
        template.sendBody("direct:onboard", null);

        String v = "/v23.0/" + OnboardingRouteTest.NEW_LINE;
        assertThat(OnboardingRouteTest.callsFor(graph, OnboardingRouteTest.NEW_LINE))
                .containsExactly("POST " + v + "/request_code", "POST " + v + "/verify_code");
        assertThat(graph.phoneNumberState(OnboardingRouteTest.NEW_LINE)).isEqualTo(PhoneNumberState.DEREGISTERED);
        assertThat(graph.journal().forBusinessAccount(DemoSeed.ACCOUNT_EU)).as("not listed after a failure").isEmpty();
        assertThat(output.getOut()).contains("Not onboarded " + OnboardingRouteTest.NEW_LINE
                                             + ": setTwoStepPin failed, WhatsAppInvalidInputException: Invalid pin")
                .doesNotContain("97531");
    }

    @Test
    void maxResultsFromApplicationPropertiesBoundsTheList(CapturedOutput output) {
        template.sendBody("direct:list-numbers", null);

        assertThat(graph.journal().forBusinessAccount(DemoSeed.ACCOUNT_EU)).isNotEmpty();
        assertThat(output.getOut()).contains("Business account " + DemoSeed.ACCOUNT_EU + ": 3 phone numbers");
    }
}
