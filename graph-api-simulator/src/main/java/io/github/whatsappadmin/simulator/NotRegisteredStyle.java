package io.github.whatsappadmin.simulator;

/**
 * How deregistering a number that is not registered is answered; Meta's sources disagree, so clients must handle
 * both.
 */
public enum NotRegisteredStyle {
    /** What Graph sends (the deregister reference): 400, code 133010 "(#133010) Account not registered". */
    GRAPH,
    /**
     * What the OpenAPI description shows: 400, code 100, subcode 2207051 "Phone number not registered on the WhatsApp
     * Business Platform.".
     */
    OPENAPI
}
