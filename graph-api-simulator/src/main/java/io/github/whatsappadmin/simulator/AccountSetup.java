package io.github.whatsappadmin.simulator;

/** Fluent setup of one WhatsApp Business Account: {@code sim.account("waba-1").phoneNumber("1001", REGISTERED)}. */
public final class AccountSetup {

    private final GraphApiSimulator simulator;
    private final String accountId;

    AccountSetup(GraphApiSimulator simulator, String accountId) {
        this.simulator = simulator;
        this.accountId = accountId;
    }

    /** Adds (or moves here, with this state) a phone number. */
    public AccountSetup phoneNumber(String phoneNumberId, PhoneNumberState state) {
        simulator.phoneNumber(accountId, phoneNumberId, state);
        return this;
    }

    /** Continues with another account. */
    public AccountSetup account(String wabaId) {
        return simulator.account(wabaId);
    }

    public String accountId() {
        return accountId;
    }

    /** Back to the simulator, to go on with tokens or switches. */
    public GraphApiSimulator simulator() {
        return simulator;
    }
}
