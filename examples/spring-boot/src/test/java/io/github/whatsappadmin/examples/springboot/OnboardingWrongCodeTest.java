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

import io.github.whatsappadmin.camel.model.VerifyCodeRequest;
import io.github.whatsappadmin.simulator.GraphApiSimulator;
import io.github.whatsappadmin.simulator.PhoneNumberState;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** A code that is not the one Graph sent stops the onboarding at verifyCode: no PIN set, no register attempt spent. */
@SpringBootTest(properties = {"offboarding.trigger=direct:offboard", "onboarding.trigger=direct:onboard",
        "spring.main.keep-alive=false", "camel.main.duration-max-idle-seconds=0"})
@ExtendWith(OutputCaptureExtension.class)
class OnboardingWrongCodeTest {

    @DynamicPropertySource
    static void freePort(DynamicPropertyRegistry registry) {
        int port = OnboardingRouteTest.freeLoopbackPort();
        registry.add("offboarding.simulator.port", () -> port);
    }

    @TestConfiguration
    static class MistypedCode {
        @Bean
        @Primary
        VerificationCodes mistyped(GraphApiSimulator graph) {
            return id -> VerifyCodeRequest.of(graph.lastVerificationCode(id).orElseThrow().equals("111111")
                    ? "222222" : "111111");
        }
    }

    @Autowired
    ProducerTemplate template;

    @Autowired
    GraphApiSimulator graph;

    @Test
    void wrongCodeStopsOnboardingBeforeThePinAndRegister(CapturedOutput output) {
        template.sendBody("direct:onboard", null);

        String v = "/v23.0/" + OnboardingRouteTest.NEW_LINE;
        assertThat(OnboardingRouteTest.callsFor(graph, OnboardingRouteTest.NEW_LINE))
                .containsExactly("POST " + v + "/request_code", "POST " + v + "/verify_code");
        assertThat(graph.phoneNumberState(OnboardingRouteTest.NEW_LINE)).isEqualTo(PhoneNumberState.DEREGISTERED);
        assertThat(graph.budgetUsed(OnboardingRouteTest.NEW_LINE)).isZero();
        assertThat(output.getOut()).contains("Not onboarded " + OnboardingRouteTest.NEW_LINE
                                             + ": verifyCode failed, WhatsAppBadRequestException")
                .doesNotContain("111111").doesNotContain("222222");
    }
}
