package io.github.whatsappadmin.camel.internal;

/**
 * Removes the secrets of one call from any text kept from the answer: a proxy error page or a misbehaving gateway may
 * echo the request's headers back.
 */
public final class Redactor {

    static final String MASK = "[REDACTED]";

    private final String[] secrets;

    public Redactor(String... secrets) {
        this.secrets = secrets;
    }

    public String redact(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String secret : secrets) {
            if (secret != null && !secret.isEmpty()) {
                result = result.replace(secret, MASK);
            }
        }
        return result;
    }
}
