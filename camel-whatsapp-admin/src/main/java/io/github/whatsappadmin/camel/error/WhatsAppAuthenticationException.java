package io.github.whatsappadmin.camel.error;

import java.time.Duration;

import io.github.whatsappadmin.camel.model.GraphError;

/** The token is missing, expired, revoked or invalid (codes 0, 102, 104, 190; HTTP 401). Not retryable: get a new token. */
public class WhatsAppAuthenticationException extends WhatsAppGraphException {

    private static final long serialVersionUID = 1L;

    public WhatsAppAuthenticationException(String message, String operation, String phoneNumberId, GraphError error, boolean retryable,
            Duration retryAfter) {
        super(message, operation, phoneNumberId, error, retryable, retryAfter);
    }

    @Override
    public String getCategory() {
        return "authentication";
    }
}
