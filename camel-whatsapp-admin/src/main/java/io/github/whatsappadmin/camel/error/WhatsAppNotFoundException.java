package io.github.whatsappadmin.camel.error;

import java.time.Duration;

import io.github.whatsappadmin.camel.model.GraphError;

/** Graph does not know the phone number ID, or hides it from this token (code 100 subcode 33, 803, HTTP 404). Not retryable. */
public class WhatsAppNotFoundException extends WhatsAppGraphException {

    private static final long serialVersionUID = 1L;

    public WhatsAppNotFoundException(String message, String operation, String phoneNumberId, GraphError error, boolean retryable,
            Duration retryAfter) {
        super(message, operation, phoneNumberId, error, retryable, retryAfter);
    }

    @Override
    public String getCategory() {
        return "not-found";
    }
}
