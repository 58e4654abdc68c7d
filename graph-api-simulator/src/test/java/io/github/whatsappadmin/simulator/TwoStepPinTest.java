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
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.github.whatsappadmin.simulator.GraphClient.error;
import static io.github.whatsappadmin.simulator.GraphClient.json;
import static org.assertj.core.api.Assertions.assertThat;

class TwoStepPinTest extends SimulatorTestSupport {

    @BeforeEach
    void setUp() {
        graph.token("good-token");
        graph.account("waba-1").phoneNumber("1001", PhoneNumberState.REGISTERED);
    }

    @Test
    void topLevelPinSetsTheTwoStepPin() {
        HttpResponse<String> response = client.setTwoStepPin("1001", "good-token", "123456");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response.body())).isEqualTo(Map.of("success", true));
        assertThat(graph.twoStepPin("1001")).hasValue("123456");
        assertThat(graph.budgetUsed("1001")).isZero();
        assertThat(graph.phoneNumberState("1001")).isEqualTo(PhoneNumberState.REGISTERED);
    }

    @Test
    void metasNestedFormSetsItToo() {
        HttpResponse<String> response = client.post("/v23.0/1001", "good-token",
                "{\"whatsapp_business_api_data\":{\"pin\":\"654321\",\"show_security_notifications\":true}}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(graph.twoStepPin("1001")).hasValue("654321");
    }

    @Test
    void aNewPinReplacesTheOldOne() {
        client.setTwoStepPin("1001", "good-token", "123456");
        client.setTwoStepPin("1001", "good-token", "000000");

        assertThat(graph.twoStepPin("1001")).hasValue("000000");
    }

    @Test
    void aNotRegisteredNumberTakesAPinForItsRegistration() {
        graph.phoneNumber("1001", PhoneNumberState.DEREGISTERED);

        assertThat(client.setTwoStepPin("1001", "good-token", "123456").statusCode()).isEqualTo(200);
        assertThat(error(client.register("1001", "good-token", "111111"))).containsEntry("code", 133005);
        assertThat(client.register("1001", "good-token", "123456").statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "1234567", "12a456", ""})
    void aPinThatIsNotSixDigitsAnswers400Code100AndIsNotEchoed(String pin) {
        client.setTwoStepPin("1001", "good-token", "123456");

        HttpResponse<String> response = client.setTwoStepPin("1001", "good-token", pin);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(response)).containsEntry("code", 100)
                .containsEntry("message", "Invalid PIN format. PIN must be exactly 6 digits");
        if (!pin.isEmpty()) {
            assertThat(response.body()).doesNotContain(pin);
        }
        assertThat(graph.twoStepPin("1001")).hasValue("123456");
    }

    @Test
    void aPinOfAnotherJsonTypeIsABadFormat() {
        assertThat(error(client.post("/v23.0/1001", "good-token", "{\"pin\":true}")))
                .containsEntry("message", "Invalid PIN format. PIN must be exactly 6 digits");
        assertThat(graph.twoStepPin("1001")).isEmpty();
    }

    @Test
    void aBodyWithoutAPinNamesIt() {
        for (String body : new String[] {"{}", "", "not json", "{\"whatsapp_business_api_data\":{}}"}) {
            assertThat(error(client.post("/v23.0/1001", "good-token", body))).as(body)
                    .containsEntry("message", "(#100) The parameter pin is required.");
        }
        assertThat(graph.twoStepPin("1001")).isEmpty();
    }

    @Test
    void smbAndUnlinkedNumbersTakeNoPin() {
        graph.phoneNumber("1002", PhoneNumberState.SMB_APP).phoneNumber("1003", PhoneNumberState.NOT_LINKED);

        assertThat((String) error(client.setTwoStepPin("1002", "good-token", "123456")).get("message"))
                .contains("SMB businesses");
        assertThat((String) error(client.setTwoStepPin("1003", "good-token", "123456")).get("message"))
                .contains("not currently linked");
        assertThat(graph.twoStepPin("1002")).isEmpty();
        assertThat(graph.twoStepPin("1003")).isEmpty();
    }

    @Test
    void theTokenIsChecked() {
        graph.token("weak-token", TokenState.LACKING_PERMISSION);

        assertThat(client.setTwoStepPin("1001", "weak-token", "123456").statusCode()).isEqualTo(403);
        assertThat(client.setTwoStepPin("1001", null, "123456").statusCode()).isEqualTo(401);
        assertThat(graph.twoStepPin("1001")).isEmpty();
    }
}
