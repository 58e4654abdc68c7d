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

import static io.github.whatsappadmin.simulator.GraphClient.error;
import static io.github.whatsappadmin.simulator.GraphClient.json;
import static org.assertj.core.api.Assertions.assertThat;

class RegisterTest extends SimulatorTestSupport {

    @BeforeEach
    void setUp() {
        graph.token("good-token");
    }

    @Test
    void registerOfDeregisteredNumberRegistersIt() {
        graph.phoneNumber("1001", PhoneNumberState.DEREGISTERED);

        HttpResponse<String> response = client.register("1001", "good-token", "123456");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response.body())).isEqualTo(Map.of("success", true));
        assertThat(graph.phoneNumberState("1001")).isEqualTo(PhoneNumberState.REGISTERED);
    }

    @Test
    void fullLifecycleDeregisterRegisterDeregister() {
        graph.phoneNumber("1001", PhoneNumberState.REGISTERED);

        assertThat(client.deregister("1001", "good-token").statusCode()).isEqualTo(200);
        assertThat(client.register("1001", "good-token", "000000").statusCode()).isEqualTo(200);
        assertThat(client.deregister("1001", "good-token").statusCode()).isEqualTo(200);
        assertThat(graph.phoneNumberState("1001")).isEqualTo(PhoneNumberState.DEREGISTERED);
    }

    @Test
    void pinThatIsNotSixDigitsAnswers400Code100AndIsNotCounted() {
        graph.phoneNumber("1001", PhoneNumberState.DEREGISTERED);

        for (String pin : new String[] {"12345", "1234567", "12a456"}) {
            HttpResponse<String> response = client.register("1001", "good-token", pin);
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(error(response)).containsEntry("code", 100)
                    .containsEntry("message", "Invalid PIN format. PIN must be exactly 6 digits");
        }
        assertThat(graph.phoneNumberState("1001")).isEqualTo(PhoneNumberState.DEREGISTERED);
        assertThat(graph.budgetUsed("1001")).isZero();
    }

    @Test
    void missingParametersAreNamed() {
        graph.phoneNumber("1001", PhoneNumberState.DEREGISTERED);

        assertThat(error(client.post("/v23.0/1001/register", "good-token", "{\"messaging_product\":\"whatsapp\"}")))
                .containsEntry("message", "(#100) The parameter pin is required.");
        assertThat(error(client.post("/v23.0/1001/register", "good-token", "{\"pin\":\"123456\"}")))
                .containsEntry("message", "(#100) The parameter messaging_product is required.");
    }

    @Test
    void smbAndUnlinkedNumbersCannotBeRegistered() {
        graph.phoneNumber("1002", PhoneNumberState.SMB_APP).phoneNumber("1003", PhoneNumberState.NOT_LINKED);

        assertThat(error(client.register("1002", "good-token", "123456"))).containsEntry("code", 100);
        assertThat(error(client.register("1003", "good-token", "123456"))).containsEntry("code", 100);
        assertThat(graph.phoneNumberState("1002")).isEqualTo(PhoneNumberState.SMB_APP);
    }

    @Test
    void registerSetsTheTwoStepPinAndPutsTheNumberOnTheCloudApi() {
        graph.phoneNumber("1001", PhoneNumberState.DEREGISTERED);
        assertThat(graph.platformType("1001")).isEqualTo(PlatformType.NOT_APPLICABLE);

        client.register("1001", "good-token", "123456");

        assertThat(graph.twoStepPin("1001")).hasValue("123456");
        assertThat(graph.platformType("1001")).isEqualTo(PlatformType.CLOUD_API);
    }

    @Test
    void aNumberWhoseOwnershipIsNotVerifiedCannotBeRegistered() {
        for (CodeVerificationStatus status : new CodeVerificationStatus[] {
                CodeVerificationStatus.NOT_VERIFIED, CodeVerificationStatus.EXPIRED}) {
            graph.phoneNumber("1001", PhoneNumberState.DEREGISTERED);
            graph.phoneNumberSetup("1001").codeVerificationStatus(status);

            HttpResponse<String> response = client.register("1001", "good-token", "123456");

            assertThat(response.statusCode()).as(status.name()).isEqualTo(422);
            assertThat(error(response)).containsEntry("code", 100).containsEntry("type", "GraphMethodException")
                    .containsEntry("message",
                            "Phone number is already registered or in invalid state for registration");
            assertThat(graph.phoneNumberState("1001")).isEqualTo(PhoneNumberState.DEREGISTERED);
        }
        assertThat(graph.budgetUsed("1001")).as("each reached the number").isEqualTo(2);
    }

    @Test
    void aPinOtherThanTheNumbersTwoStepPinAnswers133005() {
        graph.phoneNumber("1001", PhoneNumberState.DEREGISTERED);
        graph.phoneNumberSetup("1001").twoStepPin("246810");

        HttpResponse<String> response = client.register("1001", "good-token", "123456");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(response)).containsEntry("code", 133005)
                .containsEntry("message", "(#133005) Two step verification PIN Mismatch");
        assertThat(response.body()).doesNotContain("123456").doesNotContain("246810");
        assertThat(graph.phoneNumberState("1001")).isEqualTo(PhoneNumberState.DEREGISTERED);
        assertThat(graph.budgetUsed("1001")).isEqualTo(1);

        assertThat(client.register("1001", "good-token", "246810").statusCode()).isEqualTo(200);
    }

    @Test
    void theTwoStepPinOutlivesADeregistration() {
        graph.phoneNumber("1001", PhoneNumberState.DEREGISTERED);
        client.register("1001", "good-token", "123456");
        client.deregister("1001", "good-token");

        assertThat(error(client.register("1001", "good-token", "654321"))).containsEntry("code", 133005);
    }

    @Test
    void aDataLocalizationRegionFromMetasListIsAccepted() {
        graph.phoneNumber("1001", PhoneNumberState.DEREGISTERED);

        HttpResponse<String> response = client.post("/v23.0/1001/register", "good-token",
                "{\"messaging_product\":\"whatsapp\",\"pin\":\"123456\",\"data_localization_region\":\"DE\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(graph.journal().entries().get(0).body()).contains("\"data_localization_region\":\"DE\"");
    }

    @Test
    void anotherDataLocalizationRegionAnswers400Code100() {
        graph.phoneNumber("1001", PhoneNumberState.DEREGISTERED);

        for (String region : new String[] {"\"US\"", "\"de\"", "49"}) {
            HttpResponse<String> response = client.post("/v23.0/1001/register", "good-token",
                    "{\"messaging_product\":\"whatsapp\",\"pin\":\"123456\",\"data_localization_region\":"
                                                                                              + region + "}");
            assertThat(response.statusCode()).as(region).isEqualTo(400);
            assertThat((String) error(response).get("message"))
                    .startsWith("Invalid parameter: data_localization_region must be one of AE, AU, BH");
        }
        assertThat(graph.budgetUsed("1001")).isZero();
    }

    @Test
    void registeringAnOnPremisesNumberWithItsBackupMigratesIt() {
        graph.phoneNumber("1001", PhoneNumberState.REGISTERED);
        graph.phoneNumberSetup("1001").platformType(PlatformType.ON_PREMISE);

        HttpResponse<String> response = client.post("/v23.0/1001/register", "good-token",
                "{\"messaging_product\":\"whatsapp\",\"pin\":\"123456\","
                                                                                          + "\"backup\":{\"password\":\"backup-secret\",\"data\":\"ZW5jcnlwdGVk\"}}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(graph.platformType("1001")).isEqualTo(PlatformType.CLOUD_API);
        assertThat(graph.phoneNumberState("1001")).isEqualTo(PhoneNumberState.REGISTERED);
    }

    @Test
    void aBackupWithoutPasswordOrDataAnswers400Code100() {
        graph.phoneNumber("1001", PhoneNumberState.DEREGISTERED);

        for (String backup : new String[] {"{\"password\":\"p\"}", "{\"data\":\"d\"}", "\"just-text\""}) {
            HttpResponse<String> response = client.post("/v23.0/1001/register", "good-token",
                    "{\"messaging_product\":\"whatsapp\",\"pin\":\"123456\",\"backup\":" + backup + "}");
            assertThat(error(response)).as(backup).containsEntry("code", 100)
                    .containsEntry("message", "Invalid parameter: backup needs a password and data");
        }
        assertThat(graph.phoneNumberState("1001")).isEqualTo(PhoneNumberState.DEREGISTERED);
    }

    @Test
    void aMessagingProductOtherThanWhatsappAnswers400Code100() {
        graph.phoneNumber("1001", PhoneNumberState.DEREGISTERED);

        HttpResponse<String> response = client.post("/v23.0/1001/register", "good-token",
                "{\"messaging_product\":\"messenger\",\"pin\":\"123456\"}");

        assertThat(error(response)).containsEntry("message", "Invalid parameter: messaging_product must be whatsapp");
    }
}
