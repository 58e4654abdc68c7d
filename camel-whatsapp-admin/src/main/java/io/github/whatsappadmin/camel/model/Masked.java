package io.github.whatsappadmin.camel.model;

/** How a secret shows in {@code toString()}: whether it is set, never its value or length. */
final class Masked {

    private Masked() {
    }

    static String of(String secret) {
        return secret == null ? "null" : "******";
    }
}
