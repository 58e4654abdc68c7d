package io.github.whatsappadmin.simulator;

/** How an unknown phone number ID is answered; Meta's own sources disagree, so clients must handle both. */
public enum NotFoundStyle {
    /**
     * What Graph sends today: 400, type GraphMethodException, code 100, subcode 33, "Unsupported post request. Object
     * with ID '...' does not exist, cannot be loaded due to missing permissions, or does not support this operation...".
     */
    GRAPH,
    /** What the OpenAPI description shows: 404, code 803 "(#803) Some of the aliases you requested do not exist: ...". */
    OPENAPI
}
