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
package io.github.whatsappadmin.examples.offboarding;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.whatsappadmin.camel.model.PhoneNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule that decides, from what getPhoneNumber read, whether a number gets a deregister: the table of the README's
 * "What happens to each number". The simulator cannot send every value Graph can (a status it does not model, a
 * platform_type Meta adds later), so the rule is proved here on the component's own model, read from Graph's JSON.
 */
class PreCheckTest {

    private static PhoneNumber read(String status, String platformType) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", "1001");
        if (status != null) {
            fields.put("status", status);
        }
        if (platformType != null) {
            fields.put("platform_type", platformType);
        }
        return new ObjectMapper().convertValue(fields, PhoneNumber.class);
    }

    @ParameterizedTest(name = "status {0}, platform_type {1}: {2}")
    @CsvSource(nullValues = "none", value = {
            // on the Cloud API: deregister, whatever the status
            "CONNECTED, CLOUD_API, deregister",
            "FLAGGED, CLOUD_API, deregister",
            "DISCONNECTED, CLOUD_API, deregister",
            "none, CLOUD_API, deregister",
            // on the On-Premises API: the Cloud API cannot deregister it
            "CONNECTED, ON_PREMISE, skipped",
            "none, ON_PREMISE, skipped",
            // on no platform: nothing to deregister, or nothing the Cloud API can
            "DISCONNECTED, NOT_APPLICABLE, already-deregistered",
            "PENDING, NOT_APPLICABLE, already-deregistered",
            "LINKED, NOT_APPLICABLE, already-deregistered",
            "UNVERIFIED, NOT_APPLICABLE, already-deregistered",
            "CONNECTED, NOT_APPLICABLE, skipped",
            "UNLINKED, NOT_APPLICABLE, skipped",
            "DELETED, NOT_APPLICABLE, skipped",
            "MIGRATED, NOT_APPLICABLE, skipped",
            "BANNED, NOT_APPLICABLE, skipped",
            // the read does not tell: Graph's answer to the deregister decides, as without the pre-check
            "RESTRICTED, NOT_APPLICABLE, deregister",
            "UNKNOWN, NOT_APPLICABLE, deregister",
            "SOMETHING_NEW, NOT_APPLICABLE, deregister",
            "none, NOT_APPLICABLE, deregister",
            "DISCONNECTED, SOMETHING_NEW, deregister",
            "DISCONNECTED, none, deregister",
            "none, none, deregister"})
    void theReadDecidesWhetherTheNumberGetsADeregister(String status, String platformType, String decision) {
        PreCheck check = PreCheck.of(read(status, platformType));

        if (decision.equals("deregister")) {
            assertThat(check.deregister()).isTrue();
            assertThat(check.outcome()).isNull();
        } else {
            assertThat(check.deregister()).isFalse();
            assertThat(check.outcome()).hasToString(decision);
            assertThat(check.reason()).contains("platform_type " + (platformType == null ? "not sent" : platformType));
        }
    }

    @Test
    void theReasonQuotesWhatGraphSentAndSaysWhatToDo() {
        assertThat(PreCheck.of(read("MIGRATED", "NOT_APPLICABLE")).reason())
                .isEqualTo("Migrated to another WhatsApp Business Account (status MIGRATED, platform_type"
                           + " NOT_APPLICABLE): deregister it with that account's token.");
        assertThat(PreCheck.of(read(null, "ON_PREMISE")).reason())
                .startsWith("Registered on the On-Premises API (status not sent, platform_type ON_PREMISE)");
    }
}
