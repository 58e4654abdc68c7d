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
package io.github.whatsappadmin.camel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.whatsappadmin.camel.budget.InMemoryRegistrationBudgetStore;
import io.github.whatsappadmin.camel.error.WhatsAppAdminException;
import io.github.whatsappadmin.camel.error.WhatsAppBadRequestException;
import io.github.whatsappadmin.camel.error.WhatsAppPhoneNumberStateException;
import io.github.whatsappadmin.camel.error.WhatsAppRateLimitException;
import io.github.whatsappadmin.camel.error.WhatsAppRegistrationBudgetException;
import io.github.whatsappadmin.camel.model.PhoneNumber;
import io.github.whatsappadmin.camel.model.RegisterRequest;
import io.github.whatsappadmin.camel.model.RequestCodeRequest;
import io.github.whatsappadmin.camel.model.SuccessResponse;
import io.github.whatsappadmin.camel.model.TwoStepPinRequest;
import io.github.whatsappadmin.camel.model.VerifyCodeRequest;
import io.github.whatsappadmin.simulator.CodeVerificationStatus;
import io.github.whatsappadmin.simulator.GraphApiSimulatorExtension;
import io.github.whatsappadmin.simulator.JournalEntry;
import io.github.whatsappadmin.simulator.PhoneNumberState;
import io.github.whatsappadmin.simulator.PlatformType;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Every operation end to end against the project's stateful Graph API simulator: the lifecycle as Graph keeps it. */
class LifecycleSimulatorTest extends CamelTestSupport {

    private static final String WABA = "102290129340398";
    private static final String TOKEN = "lifecycle-token";
    private static final String PIN = "731946";
    private static final String NUMBER = "1001";

    @RegisterExtension
    static GraphApiSimulatorExtension graph = GraphApiSimulatorExtension.create();

    @BeforeEach
    void account() {
        graph.token(TOKEN);
        graph.account(WABA).phoneNumber(NUMBER, PhoneNumberState.DEREGISTERED);
        graph.phoneNumberSetup(NUMBER).codeVerificationStatus(CodeVerificationStatus.NOT_VERIFIED);
    }

    private Exchange call(String operation, Object body) {
        return call(operation, "", body);
    }

    private Exchange call(String operation, String options, Object body) {
        return template.send("whatsapp-admin:" + operation + "?baseUrl=" + graph.baseUrl() + "&accessToken=RAW("
                             + TOKEN + ")&phoneNumberId=" + NUMBER + "&businessAccountId=" + WABA + options,
                e -> e.getMessage().setBody(body));
    }

    private static <T extends WhatsAppAdminException> T failure(Exchange result, Class<T> type) {
        assertThat(result.getException()).isInstanceOf(type);
        return type.cast(result.getException());
    }

    private static <T> T success(Exchange result, Class<T> type) {
        assertThat(result.getException()).isNull();
        return result.getMessage().getBody(type);
    }

    @Test
    void theWholeOnboardingTakesANewNumberOntoTheCloudApi() {
        assertThat(success(call("requestCode", "&codeMethod=VOICE", null), SuccessResponse.class).success()).isTrue();
        String code = graph.lastVerificationCode(NUMBER).orElseThrow();
        assertThat(success(call("verifyCode", VerifyCodeRequest.of(code)), SuccessResponse.class).otherFields())
                .containsEntry("id", NUMBER);
        assertThat(graph.codeVerificationStatus(NUMBER)).isEqualTo(CodeVerificationStatus.VERIFIED);
        success(call("setTwoStepPin", TwoStepPinRequest.of(PIN)), SuccessResponse.class);
        assertThat(graph.twoStepPin(NUMBER)).contains(PIN);
        success(call("register", RegisterRequest.withPin(PIN)), SuccessResponse.class);

        assertThat(graph.phoneNumberState(NUMBER)).isEqualTo(PhoneNumberState.REGISTERED);
        assertThat(graph.platformType(NUMBER)).isEqualTo(PlatformType.CLOUD_API);
        assertThat(graph.budgetUsed(NUMBER)).isEqualTo(1);
        assertThat(graph.journal().forPhoneNumber(NUMBER)).extracting(e -> e.method() + " " + e.path())
                .containsExactly("POST /v23.0/1001/request_code", "POST /v23.0/1001/verify_code", "POST /v23.0/1001",
                        "POST /v23.0/1001/register");
        assertThat(graph.journal().forPhoneNumber(NUMBER).get(0).body()).contains("\"code_method\":\"VOICE\"");

        PhoneNumber number = success(call("getPhoneNumber", null), PhoneNumber.class);
        assertThat(number.id()).isEqualTo(NUMBER);
        assertThat(number.status()).isEqualTo(PhoneNumber.Status.CONNECTED);
        assertThat(number.platformType()).isEqualTo(PhoneNumber.PlatformType.CLOUD_API);
        assertThat(number.codeVerificationStatus()).isEqualTo(PhoneNumber.CodeVerificationStatus.VERIFIED);
        assertThat(number.qualityRating()).isEqualTo(PhoneNumber.QualityRating.GREEN);
        assertThat(number.nameStatus()).isEqualTo(PhoneNumber.NameStatus.APPROVED);
        assertThat(number.throughput()).isEqualTo(PhoneNumber.ThroughputLevel.STANDARD);
        assertThat(number.otherFields()).isEmpty();

        success(call("deregister", null), Object.class);
        assertThat(graph.phoneNumberState(NUMBER)).isEqualTo(PhoneNumberState.DEREGISTERED);
        assertThat(graph.budgetUsed(NUMBER)).isEqualTo(2);
    }

    @Test
    void requestCodeTakesTheBodysLanguage() {
        success(call("requestCode", new RequestCodeRequest(null, "pt_BR")), SuccessResponse.class);

        JournalEntry request = graph.journal().forPhoneNumber(NUMBER).get(0);
        assertThat(request.body()).contains("\"code_method\":\"SMS\"", "\"language\":\"pt_BR\"");
    }

    @Test
    void wrongCodeIsRefusedAndTheNumberStaysUnverified() {
        success(call("requestCode", null), SuccessResponse.class);
        String wrong = graph.lastVerificationCode(NUMBER).orElseThrow().equals("111111") ? "222222" : "111111";

        Exchange result = call("verifyCode", VerifyCodeRequest.of(wrong));

        // Meta's 422 code 100 "The verification code is invalid or has expired"
        WhatsAppBadRequestException e = failure(result, WhatsAppBadRequestException.class);
        assertThat(e.getHttpResponseCode()).isEqualTo(422);
        assertThat(e.isRetryable()).isFalse();
        assertThat(e.getMessage()).doesNotContain(wrong);
        assertThat(graph.codeVerificationStatus(NUMBER)).isEqualTo(CodeVerificationStatus.NOT_VERIFIED);
    }

    @Test
    void registerBeforeVerificationIsRefusedByGraph() {
        Exchange result = call("register", RegisterRequest.withPin(PIN));

        // Meta's 422 code 100 "Phone number is already registered or in invalid state for registration": the number's
        // state, not the request, is what is wrong
        WhatsAppPhoneNumberStateException e = failure(result, WhatsAppPhoneNumberStateException.class);
        assertThat(e.getHttpResponseCode()).isEqualTo(422);
        assertThat(e.isRetryable()).isFalse();
        assertThat(e.getMessage()).doesNotContain(PIN);
        assertThat(graph.phoneNumberState(NUMBER)).isEqualTo(PhoneNumberState.DEREGISTERED);
    }

    @Test
    void registerWithAnotherPinThanTheTwoStepPinIsRefusedWithoutShowingEither() {
        graph.phoneNumberSetup(NUMBER).codeVerificationStatus(CodeVerificationStatus.VERIFIED).twoStepPin(PIN);

        Exchange result = call("register", RegisterRequest.withPin("123450"));

        WhatsAppBadRequestException e = failure(result, WhatsAppBadRequestException.class);
        assertThat(e.getCode()).isEqualTo(133005);
        assertThat(e.isRetryable()).isFalse();
        assertThat(e.getMessage()).contains("133005").doesNotContain(PIN, "123450");
        assertThat(graph.phoneNumberState(NUMBER)).isEqualTo(PhoneNumberState.DEREGISTERED);
    }

    @Test
    void listFollowsEveryPageOfABusinessAccountWithHundredsOfNumbers() {
        graph.account(WABA).phoneNumbers("2000", 250, PhoneNumberState.REGISTERED);

        List<?> numbers = success(call("listPhoneNumbers", null), List.class);

        assertThat(numbers).hasSize(251).allSatisfy(n -> assertThat(n).isInstanceOf(PhoneNumber.class));
        assertThat(numbers.stream().map(n -> ((PhoneNumber) n).id()).distinct()).hasSize(251);
        List<JournalEntry> pages = graph.journal().forBusinessAccount(WABA);
        assertThat(pages).hasSizeGreaterThan(2);
        assertThat(pages.get(0).queryParameter("after")).isEmpty();
        assertThat(pages.subList(1, pages.size())).allSatisfy(p -> assertThat(p.queryParameter("after")).isPresent());
        assertThat(pages).allSatisfy(p -> assertThat(p.queryParameter("fields")).isPresent());
    }

    @Test
    void maxResultsCutsALongList() {
        graph.account(WABA).phoneNumbers("2000", 250, PhoneNumberState.REGISTERED);

        List<?> numbers = success(call("listPhoneNumbers", "&maxResults=30", null), List.class);

        assertThat(numbers).hasSize(30);
        assertThat(graph.journal().forBusinessAccount(WABA)).hasSizeLessThan(4);
    }

    @Test
    void theGuardStopsTheEleventhRegisterOrDeregisterBeforeGraphLocksTheNumber() {
        // The guard and the simulator read one clock, so the window passes for both at once.
        context.getRegistry().bind("budget", new InMemoryRegistrationBudgetStore(new Clock() {
            @Override
            public Instant instant() {
                return graph.clock().now();
            }

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }
        }));
        String store = "&registrationBudgetStore=#budget";
        graph.phoneNumberSetup(NUMBER).codeVerificationStatus(CodeVerificationStatus.VERIFIED);
        for (int i = 0; i < 5; i++) {
            success(call("register", store, RegisterRequest.withPin(PIN)), SuccessResponse.class);
            success(call("deregister", store, null), Object.class);
        }
        int requests = graph.journal().forPhoneNumber(NUMBER).size();

        WhatsAppRegistrationBudgetException refused = failure(call("register", store, RegisterRequest.withPin(PIN)),
                WhatsAppRegistrationBudgetException.class);
        graph.clock().advance(Duration.ofHours(72).minusSeconds(1));
        WhatsAppRegistrationBudgetException stillRefused = failure(call("deregister", store, null),
                WhatsAppRegistrationBudgetException.class);

        assertThat(refused.getRetryAfter()).hasValueSatisfying(
                wait -> assertThat(wait).isBetween(Duration.ofHours(71), Duration.ofHours(72)));
        assertThat(stillRefused.getRetryAfter()).hasValueSatisfying(
                wait -> assertThat(wait).isLessThanOrEqualTo(Duration.ofSeconds(1)));
        assertThat(graph.journal().forPhoneNumber(NUMBER)).hasSize(requests);
        assertThat(graph.budgetUsed(NUMBER)).isEqualTo(10);

        graph.clock().advance(Duration.ofSeconds(2));
        Exchange afterTheWindow = call("register", store, RegisterRequest.withPin(PIN));
        success(afterTheWindow, SuccessResponse.class);
        assertThat(graph.phoneNumberState(NUMBER)).isEqualTo(PhoneNumberState.REGISTERED);
    }

    @Test
    void withTheGuardOffGraphsOwnLockoutIsARateLimitThatIsNotRetryable() {
        graph.phoneNumberSetup(NUMBER).codeVerificationStatus(CodeVerificationStatus.VERIFIED);
        for (int i = 0; i < 5; i++) {
            success(call("register", "&registrationBudget=0", RegisterRequest.withPin(PIN)), SuccessResponse.class);
            success(call("deregister", "&registrationBudget=0", null), Object.class);
        }

        Exchange eleventh = call("register", "&registrationBudget=0", RegisterRequest.withPin(PIN));

        assertThat(eleventh.getException()).isInstanceOf(WhatsAppRateLimitException.class);
        WhatsAppRateLimitException e = (WhatsAppRateLimitException) eleventh.getException();
        assertThat(e.getCode()).isEqualTo(133016);
        assertThat(e.isRetryable()).isFalse();
    }

    @Test
    void oneEndpointRunsTheOperationTheHeaderNames() {
        Exchange result = template.send("whatsapp-admin:deregister?baseUrl=" + graph.baseUrl() + "&accessToken=RAW("
                                        + TOKEN + ")",
                e -> e.getMessage().setHeaders(new HashMap<>(Map.of(WhatsAppAdminConstants.OPERATION, "getPhoneNumber",
                        WhatsAppAdminConstants.PHONE_NUMBER_ID, NUMBER))));

        assertThat(success(result, PhoneNumber.class).status()).isEqualTo(PhoneNumber.Status.PENDING);
        assertThat(graph.phoneNumberState(NUMBER)).isEqualTo(PhoneNumberState.DEREGISTERED);
        assertThat(graph.journal().forPhoneNumber(NUMBER)).singleElement()
                .satisfies(r -> assertThat(r.method()).isEqualTo("GET"));
    }
}
