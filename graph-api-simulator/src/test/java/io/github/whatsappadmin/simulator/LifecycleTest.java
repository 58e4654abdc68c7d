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
package io.github.whatsappadmin.simulator;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import static io.github.whatsappadmin.simulator.GraphClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** A number's whole life, in the order a team onboards and later offboards it, through the extension's shortcuts. */
class LifecycleTest extends SimulatorTestSupport {

    @Test
    void aNewNumberIsVerifiedGivenAPinRegisteredReadAndDeregistered() {
        graph.token("good-token");
        graph.account("waba-1").phoneNumber("1001", PhoneNumberState.DEREGISTERED);
        graph.phoneNumberSetup("1001").codeVerificationStatus(CodeVerificationStatus.NOT_VERIFIED);
        String fields = "status,code_verification_status,platform_type";
        assertThat(json(client.getPhoneNumber("1001", "good-token", fields).body()))
                .containsEntry("status", "PENDING").containsEntry("code_verification_status", "NOT_VERIFIED");

        assertThat(client.requestCode("1001", "good-token", "SMS", "en_US").statusCode()).isEqualTo(200);
        String code = graph.lastVerificationCode("1001").orElseThrow();
        assertThat(client.verifyCode("1001", "good-token", code).statusCode()).isEqualTo(200);
        assertThat(graph.codeVerificationStatus("1001")).isEqualTo(CodeVerificationStatus.VERIFIED);
        assertThat(client.setTwoStepPin("1001", "good-token", "123456").statusCode()).isEqualTo(200);
        assertThat(client.register("1001", "good-token", "123456").statusCode()).isEqualTo(200);

        HttpResponse<String> registered = client.getPhoneNumber("1001", "good-token", fields);
        assertThat(json(registered.body())).containsEntry("status", "CONNECTED")
                .containsEntry("code_verification_status", "VERIFIED").containsEntry("platform_type", "CLOUD_API");
        assertThat(graph.twoStepPin("1001")).hasValue("123456");
        assertThat(graph.platformType("1001")).isEqualTo(PlatformType.CLOUD_API);

        assertThat(client.deregister("1001", "good-token").statusCode()).isEqualTo(200);
        assertThat(json(client.getPhoneNumber("1001", "good-token", fields).body()))
                .containsEntry("status", "DISCONNECTED").containsEntry("platform_type", "NOT_APPLICABLE");

        assertThat(graph.budgetUsed("1001")).as("register and deregister only").isEqualTo(2);
        assertThat(graph.journal().forPhoneNumber("1001"))
                .extracting(JournalEntry::method, JournalEntry::path, JournalEntry::status)
                .containsExactly(
                        tuple("GET", "/v23.0/1001", 200),
                        tuple("POST", "/v23.0/1001/request_code", 200),
                        tuple("POST", "/v23.0/1001/verify_code", 200),
                        tuple("POST", "/v23.0/1001", 200),
                        tuple("POST", "/v23.0/1001/register", 200),
                        tuple("GET", "/v23.0/1001", 200),
                        tuple("POST", "/v23.0/1001/deregister", 200),
                        tuple("GET", "/v23.0/1001", 200));
        assertThat(graph.journal().forPhoneNumber("1001")).extracting(JournalEntry::body).contains(
                "{\"code_method\":\"SMS\",\"language\":\"en_US\"}", "{\"code\":\"" + code + "\"}",
                "{\"pin\":\"123456\"}");
        assertThat(graph.simulator().businessAccountId("1001")).isEqualTo("waba-1");
        assertThat(graph.simulator().phoneNumberIds("waba-1")).isEqualTo(List.of("1001"));
    }

    @Test
    void setupRejectsWhatGraphCouldNotHold() {
        graph.phoneNumber("1001", PhoneNumberState.REGISTERED);

        assertThatThrownBy(() -> graph.phoneNumberSetup("1001").twoStepPin("12345"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("6 digits")
                .hasMessageNotContaining("12345");
        assertThatThrownBy(() -> graph.phoneNumberSetup("999"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("999");
        assertThatThrownBy(() -> graph.phoneNumberSetup("1001").verifiedName(" "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                () -> graph.account("waba-1").phoneNumbers("12a", 2, PhoneNumberState.REGISTERED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                () -> graph.account("waba-1").phoneNumbers("2000", 100_001, PhoneNumberState.REGISTERED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stateSetWithPhoneNumberPutsTheNumberOnThatStatesPlatform() {
        graph.phoneNumber("1001", PhoneNumberState.REGISTERED);
        graph.phoneNumberSetup("1001").platformType(PlatformType.ON_PREMISE).twoStepPin("123456");

        graph.phoneNumberSetup("1001").state(PhoneNumberState.DEREGISTERED);

        assertThat(graph.platformType("1001")).isEqualTo(PlatformType.NOT_APPLICABLE);
        assertThat(graph.twoStepPin("1001")).as("kept").hasValue("123456");
    }

    @Test
    void resetForgetsCodesAndPins() {
        graph.token("good-token").phoneNumber("1001", PhoneNumberState.DEREGISTERED);
        client.requestCode("1001", "good-token", "SMS", "en_US");
        client.setTwoStepPin("1001", "good-token", "123456");

        graph.simulator().reset();
        graph.phoneNumber("1001", PhoneNumberState.DEREGISTERED);

        assertThat(graph.lastVerificationCode("1001")).isEmpty();
        assertThat(graph.twoStepPin("1001")).isEmpty();
        assertThat(graph.codeVerificationStatus("1001")).isEqualTo(CodeVerificationStatus.VERIFIED);
    }
}
