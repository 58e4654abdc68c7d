package io.github.whatsappadmin.camel.error;

/**
 * The request was rejected before anything was sent: an option or header is missing or malformed. The message names
 * the field and how to fix it. Never retryable: the same input fails the same way.
 */
public class WhatsAppInvalidInputException extends WhatsAppAdminException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public WhatsAppInvalidInputException(String field, String message, String operation, String phoneNumberId) {
        this(field, message, operation, phoneNumberId, null);
    }

    public WhatsAppInvalidInputException(String field, String message, String operation, String phoneNumberId,
                                         Throwable cause) {
        super(message, operation, phoneNumberId, false, null, cause);
        this.field = field;
    }

    /** The option or header at fault, such as {@code phoneNumberId} or {@code apiVersion}. */
    public String getField() {
        return field;
    }

    @Override
    public String getCategory() {
        return "invalid-input";
    }
}
