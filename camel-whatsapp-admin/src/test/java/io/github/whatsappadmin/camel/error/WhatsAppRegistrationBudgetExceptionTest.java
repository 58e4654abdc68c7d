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
package io.github.whatsappadmin.camel.error;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.time.Instant;

import io.github.whatsappadmin.camel.WhatsAppRegistrationBudgetStore.Refused;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a route sees when the guard refuses: the number, the budget, when it frees, and the option to change. */
class WhatsAppRegistrationBudgetExceptionTest {

    private static final Instant DECIDED = Instant.parse("2025-03-03T07:00:00Z");
    private static final Instant FREES = Instant.parse("2025-03-04T10:15:30Z");
    private static final Refused REFUSED = new Refused("106540352242922", 10, Duration.ofHours(72), DECIDED, FREES);

    @Test
    void aRefusalBecomesANonRetryableExceptionThatSaysWhenTheBudgetFrees() {
        WhatsAppRegistrationBudgetException e = REFUSED.toException("register");

        assertThat(e).isInstanceOf(WhatsAppAdminException.class).hasNoCause();
        assertThat(e.getOperation()).isEqualTo("register");
        assertThat(e.getPhoneNumberId()).isEqualTo("106540352242922");
        assertThat(e.getCategory()).isEqualTo("registration-budget");
        assertThat(e.isRetryable()).isFalse();
        assertThat(e.getRetryAfter()).contains(Duration.ofHours(27).plusMinutes(15).plusSeconds(30));
        assertThat(e.getBudget()).isEqualTo(10);
        assertThat(e.getWindow()).isEqualTo(Duration.ofHours(72));
        assertThat(e.getFreesAt()).isEqualTo(FREES);
    }

    @Test
    void messageNamesTheNumberTheBudgetTheWindowWhenItFreesAndTheOptionToChange() {
        assertThat(REFUSED.toException("deregister")).hasMessage(
                "Registration budget spent for phone number 106540352242922: 10 register/deregister attempts in 72h"
                                                                 + " already; deregister was not sent. The oldest attempt leaves the window at 2025-03-04T10:15:30Z"
                                                                 + " (in 27h 15m 30s). Wait until then, or change the option registrationBudget (0 switches the"
                                                                 + " guard off; Graph locks the number for 72h after its 10th attempt in 72h, code 133016).");
    }

    @Test
    void aWaitUnderOneSecondIsRoundedUpNotShownAsZero() {
        Refused almost = new Refused("1", 3, Duration.ofMinutes(90), DECIDED, DECIDED.plusMillis(1));

        WhatsAppRegistrationBudgetException e = almost.toException("register");

        assertThat(e.getMessage()).contains("3 register/deregister attempts in 1h 30m already")
                .contains("(in 1s)");
        assertThat(e.getRetryAfter()).contains(Duration.ofMillis(1));
    }

    @Test
    void aRefusalDecidedAfterItsFreeingTimeWaitsZero() {
        Refused late = new Refused("1", 3, Duration.ofHours(72), FREES.plusSeconds(1), FREES);

        assertThat(late.retryAfter()).isZero();
        assertThat(late.toException("register").getMessage()).contains("(in 0s)");
    }

    @Test
    void everyGetterSurvivesJavaSerialization() throws Exception {
        WhatsAppRegistrationBudgetException original = REFUSED.toException("register");

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(original);
        }
        WhatsAppRegistrationBudgetException copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (WhatsAppRegistrationBudgetException) in.readObject();
        }

        assertThat(copy.getMessage()).isEqualTo(original.getMessage());
        assertThat(copy.getOperation()).isEqualTo("register");
        assertThat(copy.getPhoneNumberId()).isEqualTo("106540352242922");
        assertThat(copy.getCategory()).isEqualTo("registration-budget");
        assertThat(copy.isRetryable()).isFalse();
        assertThat(copy.getRetryAfter()).isEqualTo(original.getRetryAfter());
        assertThat(copy.getBudget()).isEqualTo(10);
        assertThat(copy.getWindow()).isEqualTo(Duration.ofHours(72));
        assertThat(copy.getFreesAt()).isEqualTo(FREES);
    }
}
