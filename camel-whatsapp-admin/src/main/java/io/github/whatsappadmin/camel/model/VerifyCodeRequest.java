package io.github.whatsappadmin.camel.model;

/**
 * The in body of {@code verifyCode}: the code Graph sent by SMS or voice call after {@code requestCode}.
 *
 * @param code the code's digits only (such as {@code 123456}, not {@code 123-456}); a secret, masked in
 *             {@link #toString()}
 */
public record VerifyCodeRequest(String code) {

    /** The request for {@code code}; a factory that YAML and XML routes can call through the bean language. */
    public static VerifyCodeRequest of(String code) {
        return new VerifyCodeRequest(code);
    }

    @Override
    public String toString() {
        return "VerifyCodeRequest[code=" + Masked.of(code) + "]";
    }
}
