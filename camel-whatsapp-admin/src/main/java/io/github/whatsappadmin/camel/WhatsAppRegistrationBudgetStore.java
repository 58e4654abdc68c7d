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

import java.time.Duration;
import java.time.Instant;

import io.github.whatsappadmin.camel.error.WhatsAppRegistrationBudgetException;

/**
 * Where the registration budget guard records register and deregister attempts, per phone number, in a moving window.
 * Graph locks a number for 72 hours after its 10th such request in 72 hours (code 133016); the guard refuses the call
 * locally before that happens. Every store decides atomically: however many threads, CamelContexts or machines share
 * it, no more than {@code budget} attempts are ever granted in a window.
 * <p>
 * The component's default is an in-memory store shared by all its endpoints
 * ({@link io.github.whatsappadmin.camel.budget.InMemoryRegistrationBudgetStore}); several nodes share one allowance
 * through {@link io.github.whatsappadmin.camel.budget.JdbcRegistrationBudgetStore}. A store that cannot decide (its
 * database is down) throws an unchecked exception, and nothing is sent.
 */
public interface WhatsAppRegistrationBudgetStore {

    /**
     * Atomically forgets the number's attempts older than the window and either records one attempt now, when fewer
     * than {@code budget} are left in the window, or refuses. An attempt made at {@code t} counts until, and not at,
     * {@code t + window}.
     *
     * @param  phoneNumberId the phone number ID the call is for
     * @param  budget        attempts allowed in the window, at least 1 (a budget of 0 means no guard: no store is
     *                       asked)
     * @param  window        the length of the moving window, positive
     * @return               {@link Granted} with the recorded attempt, or {@link Refused} with when a slot frees
     */
    Decision tryAcquire(String phoneNumberId, int budget, Duration window);

    /**
     * Takes back an attempt that surely never reached Graph (the connection was refused before anything was sent), so
     * that it does not count. Releasing an attempt twice, or one this store no longer holds, does nothing.
     */
    void release(Granted attempt);

    /** What {@link #tryAcquire} decided. */
    sealed interface Decision permits Granted, Refused {
    }

    /**
     * The attempt is recorded.
     *
     * @param phoneNumberId the phone number ID
     * @param attemptId     the store's identifier of the attempt, for {@link #release}
     * @param attemptedAt   when the attempt was recorded (it leaves the window at {@code attemptedAt + window})
     * @param remaining     attempts left in the window after this one (the header
     *                      {@code CamelWhatsAppAdminBudgetRemaining})
     */
    record Granted(String phoneNumberId, String attemptId, Instant attemptedAt, int remaining) implements Decision {
    }

    /**
     * The window already holds {@code budget} attempts: nothing is recorded and nothing may be sent.
     *
     * @param phoneNumberId the phone number ID
     * @param budget        the budget asked for
     * @param window        the window asked for
     * @param decidedAt     when the store refused
     * @param freesAt       when enough attempts have left the window for the next one to be granted
     */
    record Refused(String phoneNumberId, int budget, Duration window, Instant decidedAt, Instant freesAt)
            implements
                Decision {

        /** How long until a slot frees, never negative. */
        public Duration retryAfter() {
            Duration wait = Duration.between(decidedAt, freesAt);
            return wait.isNegative() ? Duration.ZERO : wait;
        }

        /** The exception the producer completes the exchange with. */
        public WhatsAppRegistrationBudgetException toException(String operation) {
            return new WhatsAppRegistrationBudgetException(operation, phoneNumberId, budget, window, freesAt,
                    retryAfter());
        }
    }
}
