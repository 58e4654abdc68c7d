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
package io.github.whatsappadmin.camel.internal;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code Retry-After} in every form RFC 9110 asks a recipient to understand. */
class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    @Test
    void delaySeconds() {
        assertThat(RetryAfter.parse("120", NOW)).isEqualTo(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse(" 0 ", NOW)).isEqualTo(Duration.ZERO);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Sun, 01 Jun 2025 12:02:00 GMT", // IMF-fixdate
            "Sunday, 01-Jun-25 12:02:00 GMT", // obsolete RFC 850
            "Sun Jun  1 12:02:00 2025"}) // obsolete asctime
    void httpDateInEveryForm(String value) {
        assertThat(RetryAfter.parse(value, NOW)).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void twoDigitYearMoreThanFiftyYearsAheadIsInThePast() {
        // 99 read as 2099 would be 74 years ahead: it is 1999, so no wait
        assertThat(RetryAfter.parse("Friday, 31-Dec-99 23:59:59 GMT", NOW)).isEqualTo(Duration.ZERO);
    }

    @Test
    void pastDateMeansNoWait() {
        assertThat(RetryAfter.parse("Sun, 01 Jun 2025 11:00:00 GMT", NOW)).isEqualTo(Duration.ZERO);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "soon", "-5", "1.5", "Sun, 32 Jun 2025 12:02:00 GMT", "12345678901"})
    void unreadableValueIsNoHint(String value) {
        assertThat(RetryAfter.parse(value, NOW)).isNull();
    }
}
