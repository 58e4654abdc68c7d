package io.github.whatsappadmin.simulator;

/** Where the number is registered, as Graph reports it in {@code platform_type}. */
public enum PlatformType {
    /** Registered on the Cloud API. */
    CLOUD_API,
    /**
     * Registered on the On-Premises API: the Cloud API cannot deregister it (422 code 100); registering it here
     * (with {@code backup}) migrates it.
     */
    ON_PREMISE,
    /** Not registered anywhere. */
    NOT_APPLICABLE
}
