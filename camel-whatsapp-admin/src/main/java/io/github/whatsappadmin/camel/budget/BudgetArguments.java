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
package io.github.whatsappadmin.camel.budget;

import java.time.Duration;

/** The arguments every store checks before deciding: a mistake here is a bug in the caller, not a refusal. */
final class BudgetArguments {

    /** The JDBC store's column width; Graph's phone number IDs are about 15 digits. */
    static final int MAX_PHONE_NUMBER_ID_LENGTH = 64;

    private BudgetArguments() {
    }

    static void check(String phoneNumberId, int budget, Duration window) {
        if (phoneNumberId == null || phoneNumberId.isBlank() || phoneNumberId.length() > MAX_PHONE_NUMBER_ID_LENGTH) {
            throw new IllegalArgumentException("phoneNumberId must be 1 to " + MAX_PHONE_NUMBER_ID_LENGTH
                                               + " characters, got " + (phoneNumberId == null ? "null"
                                                       : phoneNumberId.length() + " characters"));
        }
        if (budget < 1) {
            throw new IllegalArgumentException("budget must be at least 1, got " + budget
                                               + " (a registrationBudget of 0 switches the guard off: do not ask"
                                               + " the store)");
        }
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be a positive duration, got " + window);
        }
    }
}
