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

import io.github.whatsappadmin.camel.WhatsAppRegistrationBudgetStore;
import io.github.whatsappadmin.camel.WhatsAppRegistrationBudgetStore.Decision;
import io.github.whatsappadmin.camel.WhatsAppRegistrationBudgetStore.Granted;
import io.github.whatsappadmin.camel.WhatsAppRegistrationBudgetStore.Refused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registration budget guard: before register or deregister is sent, it records the attempt in the store, or
 * refuses the call when the number's moving 72-hour window is full. An attempt that surely never reached Graph is taken
 * back; one that may have reached it (a read timeout, a reset after sending, any answer) keeps counting.
 */
public final class RegistrationBudgetGuard {

    /** Graph's window: 10 register/deregister requests per number in 72 hours. */
    public static final Duration WINDOW = Duration.ofHours(72);

    private static final Logger LOG = LoggerFactory.getLogger(RegistrationBudgetGuard.class);

    private final WhatsAppRegistrationBudgetStore store;
    private final int budget;

    public RegistrationBudgetGuard(WhatsAppRegistrationBudgetStore store, int budget) {
        this.store = store;
        this.budget = budget;
    }

    /** Whether this call passes the guard: a register or deregister with the guard on. */
    public boolean applies(CallContext call) {
        return budget > 0 && call.call().spendsRegistrationBudget();
    }

    /**
     * Records the attempt or refuses it. A store that cannot decide throws (its own exception, naming what failed):
     * then nothing is sent either.
     *
     * @throws io.github.whatsappadmin.camel.error.WhatsAppRegistrationBudgetException when the window is full
     */
    public Granted acquire(CallContext call) {
        Decision decision = store.tryAcquire(call.phoneNumberId(), budget, WINDOW);
        if (decision instanceof Refused refused) {
            throw refused.toException(call.operationName());
        }
        return (Granted) decision;
    }

    /** Takes back an attempt that never left this machine; a store failure here only costs that one slot. */
    public void release(Granted attempt, String operation) {
        try {
            store.release(attempt);
        } catch (RuntimeException e) {
            LOG.warn("Could not take back the {} attempt for phone number {} that was never sent ({}): it counts in the"
                     + " registration budget until it leaves the 72h window.",
                    operation, attempt.phoneNumberId(), e.toString());
        }
    }
}
