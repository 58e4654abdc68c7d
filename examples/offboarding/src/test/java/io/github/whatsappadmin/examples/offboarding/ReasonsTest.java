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

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wording rules of the one-line reasons. Graph's own errors, from the simulator, are in
 * {@link OffboardingRouteTest#eachFailureCarriesTheReasonAPersonActsOn()}.
 */
class ReasonsTest {

    private final Reasons reasons = new Reasons(List.of("EAAGtoken123", "EAAGtoken123-longer"));

    @Test
    void theNumbersIdIsReplacedAndLinksBecomeTheirHostSoNumbersGroup() {
        IllegalStateException failure = new IllegalStateException("(#100) Object with ID '1001' does not exist."
                                                                  + " Please read the documentation at"
                                                                  + " https://developers.facebook.com/docs/graph-api");
        assertThat(reasons.of(failure, "1001"))
                .isEqualTo("IllegalStateException: (#100) Object with ID '<id>' does not exist. Please read the"
                           + " documentation at developers.facebook.com");
    }

    @Test
    void theCurrentTimeInATokenErrorIsDroppedSoNumbersOfOneTokenGroup() {
        IllegalStateException failure = new IllegalStateException("Session has expired on Friday, 23-Jun-23"
                                                                  + " 10:00:00 PDT. The current time is Friday,"
                                                                  + " 23-Jun-23 11:02:13 PDT.");
        assertThat(reasons.of(failure, "1001"))
                .isEqualTo("IllegalStateException: Session has expired on Friday, 23-Jun-23 10:00:00 PDT.");
    }

    @Test
    void everyTokenOfTheRunIsMaskedAndTheReasonIsOneLine() {
        assertThat(reasons.of(new IllegalStateException("bad token EAAGtoken123-longer\nand EAAGtoken123"), "1001"))
                .isEqualTo("IllegalStateException: bad token *** and ***");
        assertThat(reasons.redact("Bearer EAAGtoken123")).isEqualTo("Bearer ***");
    }

    @Test
    void aLongReasonIsCut() {
        assertThat(reasons.of(new IllegalStateException("x".repeat(1000)), "1001")).hasSize(300).endsWith("…");
    }

    @Test
    void aFailureWithoutMessageIsNamedByItsClass() {
        assertThat(reasons.of(new NullPointerException(), "1001")).isEqualTo("NullPointerException");
    }
}
