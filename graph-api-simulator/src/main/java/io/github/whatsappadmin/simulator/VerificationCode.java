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
package io.github.whatsappadmin.simulator;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;

/** A code issued by {@code request_code}: what the SMS or call would carry. Valid for {@link #VALIDITY}, once. */
record VerificationCode(String code, String method, String language, Instant issuedAt) {

    /** Meta: "Verification codes are time-limited (typically 10 minutes) and single-use." */
    static final Duration VALIDITY = Duration.ofMinutes(10);

    private static final Random RANDOM = new SecureRandom();

    static VerificationCode issue(String method, String language, Instant now) {
        return new VerificationCode(String.format("%06d", RANDOM.nextInt(1_000_000)), method, language, now);
    }

    boolean accepts(String candidate, Instant now) {
        return now.isBefore(issuedAt.plus(VALIDITY)) && code.equals(candidate);
    }

    /** Never the code itself. */
    @Override
    public String toString() {
        return "VerificationCode[method=" + method + ", language=" + language + ", issuedAt=" + issuedAt + "]";
    }
}
