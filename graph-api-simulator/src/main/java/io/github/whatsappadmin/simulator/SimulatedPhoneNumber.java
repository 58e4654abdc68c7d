package io.github.whatsappadmin.simulator;

/** A phone number as the simulated Graph API holds it. Guarded by the {@link GraphState} lock. */
final class SimulatedPhoneNumber {

    final String id;
    String account;
    PhoneNumberState state;
    final RegistrationBudget budget = new RegistrationBudget();
    int transientErrorsLeft;
    int incompleteDeregistrationsLeft;

    SimulatedPhoneNumber(String id, String account, PhoneNumberState state) {
        this.id = id;
        this.account = account;
        this.state = state;
    }
}
