package io.github.whatsappadmin.simulator;

/**
 * Whether the number's ownership was proved with a code ({@code request_code}, then {@code verify_code}), as Graph
 * reports it in {@code code_verification_status}. Register needs {@link #VERIFIED}.
 */
public enum CodeVerificationStatus {
    VERIFIED,
    /** A new number, or one whose code was never verified. */
    NOT_VERIFIED,
    /** Verified once, but the verification has lapsed: verify again before registering. */
    EXPIRED
}
