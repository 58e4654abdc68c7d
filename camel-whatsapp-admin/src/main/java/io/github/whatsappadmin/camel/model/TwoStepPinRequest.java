package io.github.whatsappadmin.camel.model;

/**
 * The in body of {@code setTwoStepPin}: the number's two-step verification PIN, sent as {@code {"pin": "..."}}.
 *
 * @param pin exactly 6 digits; a secret, masked in {@link #toString()}
 */
public record TwoStepPinRequest(String pin) {

    @Override
    public String toString() {
        return "TwoStepPinRequest[pin=" + Masked.of(pin) + "]";
    }
}
