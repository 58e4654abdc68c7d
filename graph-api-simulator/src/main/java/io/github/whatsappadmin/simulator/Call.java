package io.github.whatsappadmin.simulator;

import java.time.Instant;

/**
 * One request on its way through the simulated API, once routing, token and object checks have passed: what an
 * {@link PhoneNumberOperation} needs to decide.
 *
 * @param number  the phone number addressed, or null when the call addresses a business account
 * @param account the business account addressed, or the number's
 * @param baseUrl the simulator's own base URL, for absolute links in answers
 */
record Call(SimulatedRequest request, GraphPath path, RequestBody parameters, SimulatedPhoneNumber number,
            String account, GraphState state, Instant now, String baseUrl) {
}
