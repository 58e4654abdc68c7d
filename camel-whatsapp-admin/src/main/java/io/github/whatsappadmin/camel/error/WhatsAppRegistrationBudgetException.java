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

import java.time.Duration;
import java.time.Instant;

/**
 * Refused locally, nothing sent: the phone number's register/deregister budget in the moving window is spent (option
 * {@code registrationBudget}, 10 in 72 hours by default, what Graph allows before it locks the number for 72 hours
 * with code 133016). Not retryable as such: {@link #getRetryAfter()} tells when the oldest attempt leaves the window,
 * {@link #getFreesAt()} at what instant.
 */
public class WhatsAppRegistrationBudgetException extends WhatsAppAdminException {

    private static final long serialVersionUID = 1L;

    private final int budget;
    private final Duration window;
    private final Instant freesAt;

    public WhatsAppRegistrationBudgetException(String operation, String phoneNumberId, int budget, Duration window,
                                               Instant freesAt, Duration retryAfter) {
        super(message(operation, phoneNumberId, budget, window, freesAt, retryAfter), operation, phoneNumberId, false,
              retryAfter, null);
        this.budget = budget;
        this.window = window;
        this.freesAt = freesAt;
    }

    private static String message(String operation, String phoneNumberId, int budget, Duration window,
                                  Instant freesAt, Duration retryAfter) {
        return "Registration budget spent for phone number " + phoneNumberId + ": " + budget
               + " register/deregister attempts in " + human(window) + " already; " + operation
               + " was not sent. The oldest attempt leaves the window at " + freesAt + " (in " + human(retryAfter)
               + "). Wait until then, or change the option registrationBudget (0 switches the guard off; Graph"
               + " locks the number for 72h after its 10th attempt in 72h, code 133016).";
    }

    /** {@code 72h}, {@code 3h 5m}, {@code 42s}: what a reader of a log wants, not {@code PT3H5M}. */
    private static String human(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds() + (duration.toNanosPart() > 0 ? 1 : 0));
        long hours = seconds / 3600;
        long minutes = seconds % 3600 / 60;
        long rest = seconds % 60;
        StringBuilder text = new StringBuilder();
        if (hours > 0) {
            text.append(hours).append('h');
        }
        if (minutes > 0) {
            text.append(text.isEmpty() ? "" : " ").append(minutes).append('m');
        }
        if (rest > 0 || text.isEmpty()) {
            text.append(text.isEmpty() ? "" : " ").append(rest).append('s');
        }
        return text.toString();
    }

    /** The budget that is spent: attempts allowed per phone number in the window. */
    public int getBudget() {
        return budget;
    }

    /** The length of the moving window. */
    public Duration getWindow() {
        return window;
    }

    /** When the next attempt will be granted: the instant the oldest attempt that matters leaves the window. */
    public Instant getFreesAt() {
        return freesAt;
    }

    @Override
    public String getCategory() {
        return "registration-budget";
    }
}
