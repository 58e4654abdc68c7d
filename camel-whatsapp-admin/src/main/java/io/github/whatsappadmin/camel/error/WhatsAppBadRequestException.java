package io.github.whatsappadmin.camel.error;

import java.time.Duration;

import io.github.whatsappadmin.camel.model.GraphError;

/** Graph refused the request as malformed (code 100 otherwise, other 400 and 422 answers). Not retryable. */
public class WhatsAppBadRequestException extends WhatsAppGraphException {

    private static final long serialVersionUID = 1L;

    public WhatsAppBadRequestException(String message, String operation, String phoneNumberId, GraphError error, boolean retryable,
            Duration retryAfter) {
        super(message, operation, phoneNumberId, error, retryable, retryAfter);
    }

    @Override
    public String getCategory() {
        return "bad-request";
    }
}
