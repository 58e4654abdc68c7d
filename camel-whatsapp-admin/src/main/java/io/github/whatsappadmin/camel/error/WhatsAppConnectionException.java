package io.github.whatsappadmin.camel.error;

/**
 * No answer came from the Graph API: the connection was refused or reset, TLS failed, or the call ran past
 * {@code connectTimeout} / {@code requestTimeout}. Always retryable: Graph may or may not have seen the request, and
 * every whatsapp-admin operation is safe to repeat (a repeated deregister answers "not registered").
 */
public class WhatsAppConnectionException extends WhatsAppAdminException {

    private static final long serialVersionUID = 1L;

    public WhatsAppConnectionException(String message, String operation, String phoneNumberId, Throwable cause) {
        super(message, operation, phoneNumberId, true, null, cause);
    }

    @Override
    public String getCategory() {
        return "connection";
    }
}
