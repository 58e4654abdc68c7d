package io.github.whatsappadmin.camel.error;

import java.time.Duration;

import io.github.whatsappadmin.camel.model.GraphError;

/** The token may not act on this number or account (codes 3, 10, 200-299, 131031; HTTP 403). Not retryable. */
public class WhatsAppPermissionException extends WhatsAppGraphException {

    private static final long serialVersionUID = 1L;

    public WhatsAppPermissionException(String message, String operation, String phoneNumberId, GraphError error, boolean retryable,
            Duration retryAfter) {
        super(message, operation, phoneNumberId, error, retryable, retryAfter);
    }

    @Override
    public String getCategory() {
        return "permission";
    }
}
