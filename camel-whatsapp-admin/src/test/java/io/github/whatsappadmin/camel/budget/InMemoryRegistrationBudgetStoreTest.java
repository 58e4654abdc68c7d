package io.github.whatsappadmin.camel.budget;

import java.time.Clock;

import io.github.whatsappadmin.camel.WhatsAppRegistrationBudgetStore;

class InMemoryRegistrationBudgetStoreTest extends RegistrationBudgetStoreContract {

    @Override
    void prepareBackend() {
        // Each store is its own backend.
    }

    @Override
    WhatsAppRegistrationBudgetStore newStore(Clock clock) {
        return new InMemoryRegistrationBudgetStore(clock);
    }

    @Override
    int storedAttempts() {
        return ((InMemoryRegistrationBudgetStore) store).recordedAttempts();
    }
}
