package io.github.whatsappadmin.camel.error;

/**
 * No (complete) answer came from the Graph API: the host is unknown, the connection was refused or broke, TLS failed,
 * or the call ran past {@code connectTimeout} / {@code requestTimeout}. {@link #isRequestSent()} says whether Graph may
 * have received the request. Retryable when it surely did not (except for a certificate or host-name failure, which a
 * retry cannot fix), and, when it may have, only for an operation whose repetition is harmless.
 */
public class WhatsAppConnectionException extends WhatsAppAdminException {

    private static final long serialVersionUID = 2L;

    private final boolean requestSent;

    public WhatsAppConnectionException(String message, String operation, String phoneNumberId, boolean retryable,
                                       boolean requestSent, Throwable cause) {
        super(message, operation, phoneNumberId, retryable, null, cause);
        this.requestSent = requestSent;
    }

    /** Whether the request may have reached Graph: {@code false} only when it surely did not. */
    public boolean isRequestSent() {
        return requestSent;
    }

    @Override
    public String getCategory() {
        return "connection";
    }
}
