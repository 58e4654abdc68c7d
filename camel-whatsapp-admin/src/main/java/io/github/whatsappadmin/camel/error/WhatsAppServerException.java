package io.github.whatsappadmin.camel.error;

import java.time.Duration;

import io.github.whatsappadmin.camel.model.GraphError;

/** Graph failed on its side (codes 1, 2, 131000, 131016, 133004, any 5xx, an HTML error page from a proxy). Retryable with backoff. */
public class WhatsAppServerException extends WhatsAppGraphException {

    private static final long serialVersionUID = 1L;

    public WhatsAppServerException(String message, String operation, String phoneNumberId, GraphError error, boolean retryable,
            Duration retryAfter) {
        super(message, operation, phoneNumberId, error, retryable, retryAfter);
    }

    @Override
    public String getCategory() {
        return "server";
    }
}
