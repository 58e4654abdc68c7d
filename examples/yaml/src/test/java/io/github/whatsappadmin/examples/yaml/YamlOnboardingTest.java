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
package io.github.whatsappadmin.examples.yaml;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.whatsappadmin.camel.model.VerifyCodeRequest;
import io.github.whatsappadmin.simulator.CodeVerificationStatus;
import io.github.whatsappadmin.simulator.DemoSeed;
import io.github.whatsappadmin.simulator.GraphApiSimulator;
import io.github.whatsappadmin.simulator.JournalEntry;
import io.github.whatsappadmin.simulator.PhoneNumberState;
import io.github.whatsappadmin.simulator.PlatformType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * camel/onboarding.camel.yaml, loaded by Camel Main from application.properties as the example runs it, against the
 * simulator: what Graph received, the number's state after it, and what the routes logged (never the PIN or the code).
 */
@Timeout(120)
class YamlOnboardingTest {

    private static final String NEW_LINE = DemoSeed.NEW_LINE.id();
    private static final String PIN = YamlExample.DEMO_TWO_STEP_PIN;

    private GraphApiSimulator graph;
    private CapturedLog log;

    @BeforeEach
    void start() {
        graph = DemoSeed.apply(GraphApiSimulator.create().start());
        log = new CapturedLog();
    }

    @AfterEach
    void stop() {
        log.close();
        graph.close();
    }

    /** The demo, with {@code overrides} over its properties and the codes read from {@code codes}. */
    private void run(Map<String, String> overrides, VerificationCodes codes) throws Exception {
        Map<String, String> properties = new HashMap<>(YamlExample.demoProperties(graph));
        properties.putAll(overrides);
        YamlExample.run(properties, codes);
    }

    private List<String> callsFor(String phoneNumberId) {
        return graph.journal().forPhoneNumber(phoneNumberId).stream().map(e -> e.method() + " " + e.path()).toList();
    }

    private JournalEntry call(String phoneNumberId, String path) {
        return graph.journal().forPhoneNumber(phoneNumberId).stream().filter(e -> e.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no request to " + path));
    }

    private void assertNoSecretLogged(String... secrets) {
        assertThat(log.lines()).as("log lines at DEBUG and above").isNotEmpty()
                .allSatisfy(line -> assertThat(line).doesNotContain(secrets).doesNotContain(DemoSeed.TOKEN));
    }

    @Test
    void newLineIsVerifiedGetsTheTwoStepPinIsRegisteredAndReadBack() throws Exception {
        YamlExample.runAgainst(graph);

        String v = "/v23.0/" + NEW_LINE;
        assertThat(callsFor(NEW_LINE)).containsExactly("POST " + v + "/request_code", "POST " + v + "/verify_code",
                "POST " + v, "POST " + v + "/register", "GET " + v);
        String code = graph.lastVerificationCode(NEW_LINE).orElseThrow();
        assertThat(call(NEW_LINE, v + "/request_code").body()).contains("\"code_method\":\"SMS\"",
                "\"language\":\"en_US\"");
        assertThat(call(NEW_LINE, v + "/verify_code").body()).contains("\"code\":\"" + code + "\"");
        assertThat(call(NEW_LINE, v).body()).isEqualTo("{\"pin\":\"" + PIN + "\"}");
        assertThat(call(NEW_LINE, v + "/register").body()).contains("\"pin\":\"" + PIN + "\"");
        assertThat(call(NEW_LINE, v).status()).isEqualTo(200);
        assertThat(graph.journal().forPhoneNumber(NEW_LINE)).allSatisfy(e -> {
            assertThat(e.status()).isEqualTo(200);
            assertThat(e.sentToken(DemoSeed.TOKEN)).isTrue();
        });
        assertThat(graph.journal().forPhoneNumber(NEW_LINE).get(4).queryParameter("fields"))
                .contains("id,display_phone_number,verified_name,status,code_verification_status,platform_type");

        assertThat(graph.codeVerificationStatus(NEW_LINE)).isEqualTo(CodeVerificationStatus.VERIFIED);
        assertThat(graph.phoneNumberState(NEW_LINE)).isEqualTo(PhoneNumberState.REGISTERED);
        assertThat(graph.platformType(NEW_LINE)).isEqualTo(PlatformType.CLOUD_API);
        assertThat(graph.twoStepPin(NEW_LINE)).as("the PIN with its leading zero").contains(PIN);
        assertThat(graph.budgetUsed(NEW_LINE)).isEqualTo(1);

        assertThat(log.of("onboard-number")).containsSubsequence(
                NEW_LINE + ": verification code requested (SMS, en_US)", NEW_LINE + ": code verified",
                NEW_LINE + ": two-step PIN set");
        assertThat(log.of("onboard-number")).anySatisfy(line -> assertThat(line)
                .startsWith(NEW_LINE + ": registered (HTTP 200, fbtrace_id "));
        assertThat(log.of("onboard-number"))
                .contains(NEW_LINE + ": +1 555-224-2940 (Demo Onboarding) is CONNECTED on CLOUD_API, code VERIFIED");
        assertNoSecretLogged(PIN, code);
    }

    @Test
    void businessAccountIsListedWithTheFieldsAndLimitFromTheProperties() throws Exception {
        YamlExample.runAgainst(graph);

        List<JournalEntry> pages = graph.journal().forBusinessAccount(DemoSeed.ACCOUNT_EU);
        assertThat(pages).singleElement().satisfies(page -> {
            assertThat(page.method() + " " + page.path())
                    .isEqualTo("GET /v23.0/" + DemoSeed.ACCOUNT_EU + "/phone_numbers");
            assertThat(page.queryParameter("fields"))
                    .contains("id,display_phone_number,verified_name,status,code_verification_status,platform_type");
        });
        List<String> numbers = graph.phoneNumberIds(DemoSeed.ACCOUNT_EU);
        assertThat(log.of("list-numbers")).first()
                .isEqualTo("Business account " + DemoSeed.ACCOUNT_EU + ": " + numbers.size() + " phone numbers");
        assertThat(log.of("list-numbers")).hasSize(numbers.size() + 1);
        assertThat(log.of("list-numbers")).contains(
                "  " + NEW_LINE + " +1 555-224-2940 (Demo Onboarding): CONNECTED, CLOUD_API",
                "  " + DemoSeed.ON_PREMISES_LINE.id() + " +1 555-224-2943 (Demo Migration): CONNECTED, ON_PREMISE");
    }

    @Test
    void maxResultsFromThePropertiesBoundsTheList() throws Exception {
        run(Map.of("whatsapp.max-results", "3"), new SimulatedPhone(graph));

        assertThat(log.of("list-numbers")).first()
                .isEqualTo("Business account " + DemoSeed.ACCOUNT_EU + ": 3 phone numbers");
        assertThat(log.of("list-numbers")).hasSize(4);
    }

    @Test
    void codeMethodAndLanguageFromThePropertiesReachGraph() throws Exception {
        run(Map.of("whatsapp.onboarding.code-method", "VOICE", "whatsapp.onboarding.language", "pt_BR"),
                new SimulatedPhone(graph));

        assertThat(call(NEW_LINE, "/v23.0/" + NEW_LINE + "/request_code").body())
                .contains("\"code_method\":\"VOICE\"", "\"language\":\"pt_BR\"");
        assertThat(log.of("onboard-number")).contains(NEW_LINE + ": verification code requested (VOICE, pt_BR)");
        assertThat(graph.phoneNumberState(NEW_LINE)).isEqualTo(PhoneNumberState.REGISTERED);
    }

    @Test
    void wrongCodeStopsOnboardingBeforeThePinAndRegister() throws Exception {
        VerificationCodes mistyped = phoneNumberId -> VerifyCodeRequest
                .of(graph.lastVerificationCode(phoneNumberId).orElseThrow().equals("111111") ? "222222" : "111111");

        run(Map.of(), mistyped);

        String v = "/v23.0/" + NEW_LINE;
        assertThat(callsFor(NEW_LINE)).containsExactly("POST " + v + "/request_code", "POST " + v + "/verify_code");
        assertThat(call(NEW_LINE, v + "/verify_code").status()).as("the code is invalid").isEqualTo(422);
        assertThat(graph.phoneNumberState(NEW_LINE)).isEqualTo(PhoneNumberState.DEREGISTERED);
        assertThat(graph.budgetUsed(NEW_LINE)).isZero();
        assertThat(log.of("onboard-number")).anySatisfy(line -> assertThat(line)
                .startsWith(NEW_LINE + ": not onboarded, verifyCode failed: WhatsAppBadRequestException (retryable: "
                            + "false)"));
        assertNoSecretLogged(PIN, "111111", "222222");
    }

    @Test
    void malformedPinIsRefusedBeforeItIsSentAndNeverShown() throws Exception {
        run(Map.of("whatsapp.two-step-pin", "97531"), new SimulatedPhone(graph));

        String v = "/v23.0/" + NEW_LINE;
        assertThat(callsFor(NEW_LINE)).containsExactly("POST " + v + "/request_code", "POST " + v + "/verify_code");
        assertThat(graph.phoneNumberState(NEW_LINE)).isEqualTo(PhoneNumberState.DEREGISTERED);
        assertThat(log.of("onboard-number")).anySatisfy(line -> assertThat(line)
                .startsWith(NEW_LINE + ": not onboarded, setTwoStepPin failed: WhatsAppInvalidInputException")
                .contains("pin"));
        assertNoSecretLogged("97531");
    }

    @Test
    void missingPinStopsOnboardingBeforeAnyCodeIsSent() throws Exception {
        Map<String, String> properties = new HashMap<>(YamlExample.demoProperties(graph));
        properties.remove("whatsapp.two-step-pin");
        YamlExample.run(properties, new SimulatedPhone(graph));

        assertThat(graph.journal().forPhoneNumber(NEW_LINE)).isEmpty();
        assertThat(graph.lastVerificationCode(NEW_LINE)).isEmpty();
        assertThat(log.lines()).anySatisfy(line -> assertThat(line).contains("whatsapp.two-step-pin"));
    }

    @Test
    void businessAccountTheTokenCannotSeeIsReportedNotListed() throws Exception {
        run(Map.of("whatsapp.business-account-id", DemoSeed.ACCOUNT_PARTNER), new SimulatedPhone(graph));

        assertThat(graph.journal().forBusinessAccount(DemoSeed.ACCOUNT_PARTNER)).singleElement()
                .satisfies(page -> assertThat(page.status()).isEqualTo(403));
        String notListed = "Business account " + DemoSeed.ACCOUNT_PARTNER
                           + ": not listed, WhatsAppPermissionException (retryable: false)";
        assertThat(log.of("list-numbers")).singleElement().satisfies(line -> assertThat(line).startsWith(notListed));
    }

    @Test
    void emptyIdsSkipOnboardingAndListing() throws Exception {
        run(Map.of("whatsapp.onboarding.phone-number-id", "", "whatsapp.business-account-id", ""),
                new SimulatedPhone(graph));

        assertThat(graph.journal().forPhoneNumber(NEW_LINE)).isEmpty();
        assertThat(graph.journal().forBusinessAccount(DemoSeed.ACCOUNT_EU)).isEmpty();
        assertThat(graph.journal().entries()).extracting(JournalEntry::path).allMatch(p -> p.endsWith("/deregister"))
                .hasSize(3);
    }
}
