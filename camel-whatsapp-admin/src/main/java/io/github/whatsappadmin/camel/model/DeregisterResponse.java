package io.github.whatsappadmin.camel.model;

/** The body of a successful {@code deregister}: Graph answered {@code {"success": true}}. */
public final class DeregisterResponse {

    private final boolean success;

    public DeregisterResponse(boolean success) {
        this.success = success;
    }

    public boolean isSuccess() {
        return success;
    }

    @Override
    public String toString() {
        return "DeregisterResponse[success=" + success + "]";
    }
}
