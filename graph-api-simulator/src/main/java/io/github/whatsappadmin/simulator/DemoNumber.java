package io.github.whatsappadmin.simulator;

/**
 * A phone number of the demo seed.
 *
 * @param id       the phone number ID to deregister
 * @param label    what a person would call it
 * @param account  its WhatsApp Business Account, or null for the ID the simulator does not know
 * @param expected what deregistering it with {@link DemoSeed#TOKEN} does
 */
public record DemoNumber(String id, String label, String account, DemoOutcome expected) {
}
