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

/** One audit line per attempt, on its own logger, with what an operator needs and never the token. */
class AuditLogTest extends GraphStubTestSupport {

    private static final String AUDIT = "io.github.whatsappadmin.camel.audit";

    @Test
    void everyAttemptWritesOneAuditLine() {
        List<LogCapture.Line> lines;
        try (LogCapture capture = LogCapture.at(Level.INFO)) {
            answer(200, "{\"success\":true}", "x-fb-trace-id", "TraceOk1");
            send(uri(""));
            answer(400, errorEnvelope(133010, "(#133010) Account not registered"));
            send(uri(""));
            send(uri(""), Map.of(WhatsAppAdminConstants.PHONE_NUMBER_ID, "abc"));
            lines = capture.linesOf(AUDIT);
        }

        assertThat(lines).extracting(LogCapture.Line::text).satisfiesExactly(
                success -> assertThat(success).matches("operation=deregister phoneNumberId=" + PHONE_NUMBER_ID
                                                       + " outcome=success httpStatus=200 graphCode=- fbtraceId=TraceOk1 durationMs=\\d+"),
                stateError -> assertThat(stateError).matches("operation=deregister phoneNumberId=" + PHONE_NUMBER_ID
                                                             + " outcome=phone-number-state httpStatus=400 graphCode=133010 fbtraceId=AbCdEfGh123 durationMs=\\d+"),
                invalid -> assertThat(invalid).matches("operation=deregister phoneNumberId=- outcome=invalid-input"
                                                       + " httpStatus=- graphCode=- fbtraceId=- durationMs=\\d+"));
        assertThat(lines).allSatisfy(l -> {
            assertThat(l.level()).isEqualTo("INFO");
            assertThat(l.text()).doesNotContain(TOKEN);
        });
    }
}
