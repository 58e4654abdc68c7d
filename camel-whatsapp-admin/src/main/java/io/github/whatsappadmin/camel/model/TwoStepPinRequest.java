package io.github.whatsappadmin.camel.model;

/**
 * The in body of {@code setTwoStepPin}: the number's two-step verification PIN, sent as {@code {"pin": "..."}}.
 *
 * @param pin exactly 6 digits; a secret, masked in {@link #toString()}
 */
public record TwoStepPinRequest(String pin) {

    /** The request for {@code pin}; a factory that YAML and XML routes can call through the bean language. */
    public static TwoStepPinRequest of(String pin) {
        return new TwoStepPinRequest(pin);
    }

    @Override
    public String toString() {
        return "TwoStepPinRequest[pin=" + Masked.of(pin) + "]";
    }
}
