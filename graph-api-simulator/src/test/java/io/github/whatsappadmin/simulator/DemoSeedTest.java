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
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.github.whatsappadmin.simulator.GraphClient.error;
import static org.assertj.core.api.Assertions.assertThat;

class DemoSeedTest {

    @RegisterExtension
    static GraphApiSimulatorExtension graph = GraphApiSimulatorExtension.create().withSetup(DemoSeed::apply);

    @Test
    void everyDemoNumberAnswersItsExpectedOutcome() {
        GraphClient client = new GraphClient(graph.baseUrl());
        for (DemoNumber number : DemoSeed.NUMBERS) {
            HttpResponse<String> first = client.deregister(number.id(), DemoSeed.TOKEN);

            assertThat(first.statusCode()).as(number.label()).isEqualTo(number.expected().firstHttpStatus());
            if (number.expected().firstGraphCode() != 0) {
                assertThat(error(first)).as(number.label()).containsEntry("code", number.expected().firstGraphCode());
            }
        }
    }

    @Test
    void numbersThatSucceedOnRetryEndDeregistered() {
        GraphClient client = new GraphClient(graph.baseUrl());
        for (DemoNumber number : DemoSeed.NUMBERS) {
            if (!number.expected().deregisteredOnRetry()) {
                continue;
            }
            int status = 0;
            for (int attempt = 0; attempt < 3 && status != 200; attempt++) {
                status = client.deregister(number.id(), DemoSeed.TOKEN).statusCode();
            }
            assertThat(status).as(number.label()).isEqualTo(200);
            assertThat(graph.phoneNumberState(number.id())).isEqualTo(PhoneNumberState.DEREGISTERED);
        }
    }

    @Test
    void budgetExhaustedNumberStaysBlockedOnRetry() {
        GraphClient client = new GraphClient(graph.baseUrl());
        client.deregister(DemoSeed.FLAPPING_TEST.id(), DemoSeed.TOKEN);

        assertThat(error(client.deregister(DemoSeed.FLAPPING_TEST.id(), DemoSeed.TOKEN))).containsEntry("code", 133016);
    }

    @Test
    void expiredDemoTokenAnswers190Subcode463() {
        HttpResponse<String> response =
                new GraphClient(graph.baseUrl()).deregister(DemoSeed.SUPPORT_BERLIN.id(), DemoSeed.EXPIRED_TOKEN);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(error(response)).containsEntry("code", 190).containsEntry("error_subcode", 463);
    }

    @Test
    void demoNumbersHaveGraphShapedUniqueIdsAndCoverEveryOutcome() {
        List<DemoNumber> all = new ArrayList<>(DemoSeed.NUMBERS);
        all.addAll(DemoSeed.ONBOARDING_NUMBERS);
        assertThat(all).extracting(DemoNumber::id)
                .allMatch(id -> id.matches("\\d{15,16}"))
                .doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(graph.simulator().phoneNumberIds(DemoSeed.ACCOUNT_BULK));
        assertThat(all).extracting(DemoNumber::expected).containsAll(List.of(DemoOutcome.values()));
        assertThat(DemoSeed.MISTYPED.account()).isNull();
    }

    @Test
    void everyOnboardingNumberAnswersItsExpectedDeregisterOutcome() {
        GraphClient client = new GraphClient(graph.baseUrl());
        for (DemoNumber number : DemoSeed.ONBOARDING_NUMBERS) {
            HttpResponse<String> first = client.deregister(number.id(), DemoSeed.TOKEN);

            assertThat(first.statusCode()).as(number.label()).isEqualTo(number.expected().firstHttpStatus());
            assertThat(error(first)).as(number.label()).containsEntry("code", number.expected().firstGraphCode());
        }
    }

    @Test
    void theNewLineOnboardsWithACodeAPinAndARegistration() {
        GraphClient client = new GraphClient(graph.baseUrl());
        String id = DemoSeed.NEW_LINE.id();
        assertThat(client.register(id, DemoSeed.TOKEN, "123456").statusCode()).as("not verified yet").isEqualTo(422);

        client.requestCode(id, DemoSeed.TOKEN, "SMS", "en_US");
        assertThat(client.verifyCode(id, DemoSeed.TOKEN, graph.lastVerificationCode(id).orElseThrow()).statusCode())
                .isEqualTo(200);
        assertThat(client.register(id, DemoSeed.TOKEN, "123456").statusCode()).isEqualTo(200);

        assertThat(graph.phoneNumberState(id)).isEqualTo(PhoneNumberState.REGISTERED);
    }

    @Test
    void theVerifiedLineRegistersWithItsPinOnly() {
        GraphClient client = new GraphClient(graph.baseUrl());
        String id = DemoSeed.VERIFIED_LINE.id();

        assertThat(error(client.register(id, DemoSeed.TOKEN, "123456"))).containsEntry("code", 133005);
        assertThat(client.register(id, DemoSeed.TOKEN, DemoSeed.VERIFIED_LINE_PIN).statusCode()).isEqualTo(200);
    }

    @Test
    void theExpiredLineMustBeVerifiedAgain() {
        assertThat(graph.codeVerificationStatus(DemoSeed.EXPIRED_LINE.id())).isEqualTo(CodeVerificationStatus.EXPIRED);
        assertThat(new GraphClient(graph.baseUrl()).register(DemoSeed.EXPIRED_LINE.id(), DemoSeed.TOKEN, "123456")
                .statusCode()).isEqualTo(422);
    }

    @Test
    void theOnPremisesLineMigratesAfterVerification() {
        GraphClient client = new GraphClient(graph.baseUrl());
        String id = DemoSeed.ON_PREMISES_LINE.id();
        assertThat(graph.platformType(id)).isEqualTo(PlatformType.ON_PREMISE);

        client.requestCode(id, DemoSeed.TOKEN, "SMS", "en_US");
        client.verifyCode(id, DemoSeed.TOKEN, graph.lastVerificationCode(id).orElseThrow());
        HttpResponse<String> register = client.post("/v23.0/" + id + "/register", DemoSeed.TOKEN,
                "{\"messaging_product\":\"whatsapp\",\"pin\":\"123456\","
                                                                                                  + "\"backup\":{\"password\":\"p\",\"data\":\"d\"}}");

        assertThat(register.statusCode()).isEqualTo(200);
        assertThat(graph.platformType(id)).isEqualTo(PlatformType.CLOUD_API);
    }

    @Test
    void theBulkAccountHoldsTwoHundredFiftyRegisteredNumbersTheDemoTokenCanList() {
        assertThat(graph.simulator().phoneNumberIds(DemoSeed.ACCOUNT_BULK)).hasSize(DemoSeed.BULK_NUMBERS)
                .startsWith(DemoSeed.BULK_FIRST_ID).endsWith("106540352250249");

        HttpResponse<String> page = new GraphClient(graph.baseUrl())
                .listPhoneNumbers(DemoSeed.ACCOUNT_BULK, DemoSeed.TOKEN, "limit=100&fields=status");

        assertThat(GraphClient.data(page)).hasSize(100)
                .allSatisfy(n -> assertThat(n).containsEntry("status", "CONNECTED"));
    }

    @Test
    void theBulkAccountCanBeSizedOrLeftEmpty() {
        GraphApiSimulator sim = graph.simulator().reset();

        DemoSeed.apply(sim, 0);
        assertThat(sim.phoneNumberIds(DemoSeed.ACCOUNT_BULK)).isEmpty();
        DemoSeed.apply(sim.reset(), 1000);
        assertThat(sim.phoneNumberIds(DemoSeed.ACCOUNT_BULK)).hasSize(1000);
    }
}
