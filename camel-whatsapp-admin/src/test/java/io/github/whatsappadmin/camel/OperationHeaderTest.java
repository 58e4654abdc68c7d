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
import io.github.whatsappadmin.camel.model.PhoneNumber;
import io.github.whatsappadmin.camel.model.SuccessResponse;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The header CamelWhatsAppAdminOperation overrides the URI's operation per message, as camel-aws2-* do. */
class OperationHeaderTest extends OperationTestSupport {

    @Test
    void headerNamingAnOperationOverridesTheUrisOperation() {
        stub("getPhoneNumber", 200, successOf("getPhoneNumber"));

        Exchange result = call(uri("deregister", ""), null, Map.of(WhatsAppAdminConstants.OPERATION, "getPhoneNumber"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).isInstanceOf(PhoneNumber.class);
        assertThat(onlyRequest().getMethod().getName()).isEqualTo("GET");
        assertThat(onlyRequest().getUrl()).startsWith("/v23.0/" + PHONE_NUMBER_ID + "?fields=");
    }

    @Test
    void headerMayHoldTheOperationEnumAndTheOperationsInputRulesFollowIt() {
        stub("setTwoStepPin", 200, "{\"success\":true}");

        Exchange result = call(uri("getPhoneNumber", ""), inputOf("setTwoStepPin"),
                Map.of(WhatsAppAdminConstants.OPERATION, WhatsAppAdminOperation.setTwoStepPin));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody(SuccessResponse.class).success()).isTrue();
        assertThat(onlyRequest().getMethod().getName()).isEqualTo("POST");
        assertThat(onlyRequest().getBodyAsString()).isEqualTo("{\"pin\":\"" + PIN + "\"}");
    }

    @Test
    void headerSwitchingToTheListActsOnTheBusinessAccount() {
        stub("listPhoneNumbers", 200, successOf("listPhoneNumbers"));

        Exchange result = call(uri("deregister", ""), null,
                Map.of(WhatsAppAdminConstants.OPERATION, "listPhoneNumbers"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(WhatsAppAdminConstants.BUSINESS_ACCOUNT_ID)).isEqualTo(WABA);
        assertThat(onlyRequest().getUrl()).startsWith("/v23.0/" + WABA + "/phone_numbers?");
    }

    @Test
    void unknownOperationInTheHeaderIsRefusedNamingTheHeaderAndNothingIsSent() {
        Exchange result = call(uri("deregister", ""), null, Map.of(WhatsAppAdminConstants.OPERATION, "unregister"));

        WhatsAppInvalidInputException e = failure(result, WhatsAppInvalidInputException.class);
        assertThat(e.getField()).isEqualTo("operation");
        assertThat(e.getMessage()).contains("'unregister'", WhatsAppAdminConstants.OPERATION, "listPhoneNumbers");
        assertThat(e.getOperation()).isEqualTo("deregister");
        assertThat(requestsReceived()).isEmpty();
    }

    @Test
    void operationNamesAreCaseSensitiveAsOnTheUri() {
        Exchange result = call(uri("deregister", ""), null, Map.of(WhatsAppAdminConstants.OPERATION, "GETPHONENUMBER"));

        assertThat(failure(result, WhatsAppInvalidInputException.class).getField()).isEqualTo("operation");
        assertThat(requestsReceived()).isEmpty();
    }
}
