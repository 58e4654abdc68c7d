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

import java.util.Map;

import io.github.whatsappadmin.camel.error.WhatsAppInvalidInputException;
import io.github.whatsappadmin.camel.model.RegisterRequest;
import io.github.whatsappadmin.camel.model.RequestCodeRequest;
import io.github.whatsappadmin.camel.model.TwoStepPinRequest;
import io.github.whatsappadmin.camel.model.VerifyCodeRequest;
import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each operation's input is checked before anything is sent: the error names the field and the fix, and never
 * repeats a secret, valid or not.
 */
class OperationInputTest extends OperationTestSupport {

    @AfterEach
    void nothingWasSent() {
        assertThat(requestsReceived()).as("requests received by Graph").isEmpty();
    }

    /** {@code target}: an operation, run against the stub, or a whole endpoint URI. */
    private WhatsAppInvalidInputException refused(String target, Object body, String field) {
        Exchange result = call(target.contains(":") ? target : uri(target, ""), body, Map.of());
        WhatsAppInvalidInputException e = failure(result, WhatsAppInvalidInputException.class);
        assertThat(e.getField()).isEqualTo(field);
        assertThat(e.isRetryable()).isFalse();
        return e;
    }

    @ParameterizedTest(name = "pin ''{0}''")
    @ValueSource(strings = {"12345", "1234567", "12345a", "12 345", ""})
    void registerRefusesAPinThatIsNotSixDigitsWithoutRepeatingIt(String pin) {
        WhatsAppInvalidInputException e = refused("register", RegisterRequest.withPin(pin), "pin");

        assertThat(e.getMessage()).contains("exactly 6 digits", "not shown").doesNotContain("'" + pin + "'");
        if (!pin.isEmpty()) {
            assertThat(e.getMessage()).doesNotContain(pin);
        }
        assertThat(e.getOperation()).isEqualTo("register");
        assertThat(e.getPhoneNumberId()).isEqualTo(PHONE_NUMBER_ID);
    }

    @Test
    void registerRefusesAMissingPin() {
        assertThat(refused("register", RegisterRequest.withPin(null), "pin").getMessage()).contains("No pin");
    }

    @ParameterizedTest(name = "region ''{0}''")
    @ValueSource(strings = {"de", "DEU", "D", "", "1N"})
    void registerRefusesARegionThatIsNotTwoUpperCaseLetters(String region) {
        WhatsAppInvalidInputException e = refused("register", new RegisterRequest(PIN, region, null),
                "dataLocalizationRegion");

        assertThat(e.getMessage()).contains("ISO 3166-1").doesNotContain(PIN);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"no password", "no data", "blank password"})
    void registerRefusesAnIncompleteBackupWithoutShowingIt(String what) {
        RegisterRequest.Backup backup = switch (what) {
            case "no password" -> new RegisterRequest.Backup(null, "ZGF0YQ==");
            case "no data" -> new RegisterRequest.Backup(BACKUP_PASSWORD, null);
            default -> new RegisterRequest.Backup(" ", "ZGF0YQ==");
        };

        WhatsAppInvalidInputException e = refused("register", new RegisterRequest(PIN, null, backup), "backup");

        assertThat(e.getMessage()).contains("password", "data").doesNotContain(BACKUP_PASSWORD, "ZGF0YQ==", PIN);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"register", "verifyCode", "setTwoStepPin"})
    void operationsThatNeedABodyRefuseAMissingOrForeignOneWithoutShowingIt(String operation) {
        WhatsAppInvalidInputException missing = refused(operation, null, "body");
        WhatsAppInvalidInputException foreign = refused(operation, "{\"pin\":\"" + PIN + "\"}", "body");

        assertThat(missing.getMessage()).contains("io.github.whatsappadmin.camel.model.", "empty");
        assertThat(foreign.getMessage()).contains("java.lang.String").doesNotContain(PIN);
    }

    @ParameterizedTest(name = "code ''{0}''")
    @ValueSource(strings = {"482-913", "48291", "4829130", "abcdef", " 482913"})
    void verifyCodeRefusesACodeThatIsNotItsDigitsWithoutRepeatingIt(String code) {
        WhatsAppInvalidInputException e = refused("verifyCode", new VerifyCodeRequest(code), "code");

        assertThat(e.getMessage()).contains("6 digits", "not shown").doesNotContain(code.trim());
    }

    @Test
    void verifyCodeRefusesAMissingCode() {
        assertThat(refused("verifyCode", new VerifyCodeRequest(null), "code").getMessage()).contains("No code");
    }

    @ParameterizedTest(name = "pin ''{0}''")
    @ValueSource(strings = {"12345", "abcdef", "7319460"})
    void setTwoStepPinRefusesAPinThatIsNotSixDigitsWithoutRepeatingIt(String pin) {
        WhatsAppInvalidInputException e = refused("setTwoStepPin", new TwoStepPinRequest(pin), "pin");

        assertThat(e.getMessage()).contains("exactly 6 digits").doesNotContain(pin);
    }

    @ParameterizedTest(name = "language ''{0}''")
    @ValueSource(strings = {"english", "EN_us", "en-US", "en_", "e"})
    void requestCodeRefusesALanguageInTheBodyThatIsNotALocale(String language) {
        WhatsAppInvalidInputException e = refused("requestCode", new RequestCodeRequest(null, language), "language");

        assertThat(e.getMessage()).contains("en_US", "the RequestCodeRequest body");
    }

    @Test
    void listPhoneNumbersWithoutBusinessAccountIdIsRefusedAtSendTime() {
        WhatsAppInvalidInputException e = refused("whatsapp-admin:listPhoneNumbers?baseUrl=" + graph.baseUrl()
                                                  + "&accessToken=RAW(" + TOKEN + ")", null, "businessAccountId");

        assertThat(e.getMessage()).contains(WhatsAppAdminConstants.BUSINESS_ACCOUNT_ID, "businessAccountId");
    }

    @ParameterizedTest(name = "header ''{0}''")
    @ValueSource(strings = {"abc", "12/../34", "1022 9012", ""})
    void malformedBusinessAccountIdHeaderIsRefusedAtSendTime(String value) {
        Exchange result = call(uri("listPhoneNumbers", ""), null,
                Map.of(WhatsAppAdminConstants.BUSINESS_ACCOUNT_ID, value));

        WhatsAppInvalidInputException e = failure(result, WhatsAppInvalidInputException.class);
        assertThat(e.getField()).isEqualTo("businessAccountId");
        assertThat(e.getMessage()).contains(value.isEmpty() ? "No business account ID" : "digits only");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "businessAccountId=abc|businessAccountId",
            "fields=id,phone_number|fields",
            "fields=id,,status|fields",
            "fields=|fields",
            "maxResults=0|maxResults",
            "codeMethod=EMAIL|codeMethod",
            "codeMethod=SMS,VOICE|codeMethod",
            "language=en-US|language"})
    void malformedOperationOptionIsRefusedWhenTheEndpointIsCreated(String spec) {
        String option = spec.substring(0, spec.indexOf('|'));
        String field = spec.substring(spec.indexOf('|') + 1);

        assertThatThrownBy(() -> context.getEndpoint("whatsapp-admin:getPhoneNumber?" + option))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .rootCause()
                .isInstanceOfSatisfying(WhatsAppInvalidInputException.class, e -> {
                    assertThat(e.getField()).isEqualTo(field);
                    assertThat(e.getMessage()).contains(field);
                });
    }

    @Test
    void unknownFieldIsNamedWithTheFieldsGraphKnows() {
        assertThatThrownBy(() -> context.getEndpoint("whatsapp-admin:listPhoneNumbers?fields=id,phone_number"))
                .rootCause()
                .hasMessageContaining("'phone_number'")
                .hasMessageContaining("display_phone_number");
    }
}
