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

import java.util.List;
import java.util.Map;

import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each exchange writes one audit line naming its operation and what it acted on, refused ones included. */
class OperationAuditTest extends OperationTestSupport {

    private static final String AUDIT = "io.github.whatsappadmin.camel.audit";

    @Test
    void auditLineNamesTheOperationAndTheNumberOrBusinessAccount() {
        List<LogCapture.Line> lines;
        try (LogCapture capture = LogCapture.at(Level.INFO)) {
            for (String operation : OPERATIONS) {
                stub(operation, 200, successOf(operation), "x-fb-trace-id", "Trace" + operation);
                call(operation);
            }
            call(uri("register", ""), null, Map.of());
            call(uri("deregister", ""), null, Map.of(WhatsAppAdminConstants.OPERATION, "nonsense"));
            call(uri("listPhoneNumbers", ""), null, Map.of(WhatsAppAdminConstants.BUSINESS_ACCOUNT_ID, "x"));
            lines = capture.linesOf(AUDIT);
        }

        assertThat(lines).extracting(LogCapture.Line::text).hasSize(OPERATIONS.size() + 3);
        for (int i = 0; i < OPERATIONS.size(); i++) {
            String operation = OPERATIONS.get(i);
            String subject = "listPhoneNumbers".equals(operation) ? "businessAccountId=" + WABA
                    : "phoneNumberId=" + PHONE_NUMBER_ID;
            assertThat(lines.get(i).text()).matches("operation=" + operation + " " + subject
                                                    + " outcome=success httpStatus=200 graphCode=- fbtraceId=Trace"
                                                    + operation + " durationMs=\\d+");
        }
        assertThat(lines.get(OPERATIONS.size()).text()).matches("operation=register phoneNumberId=" + PHONE_NUMBER_ID
                                                                + " outcome=invalid-input httpStatus=- .*");
        assertThat(lines.get(OPERATIONS.size() + 1).text())
                .matches("operation=deregister phoneNumberId=- outcome=invalid-input httpStatus=- .*");
        assertThat(lines.get(OPERATIONS.size() + 2).text())
                .matches("operation=listPhoneNumbers businessAccountId=- outcome=invalid-input httpStatus=- .*");
        assertThat(lines).allSatisfy(l -> assertThat(l.text()).doesNotContain(TOKEN, PIN, CODE));
    }
}
