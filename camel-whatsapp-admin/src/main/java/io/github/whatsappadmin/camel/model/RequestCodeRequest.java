package io.github.whatsappadmin.camel.model;

/**
 * The optional in body of {@code requestCode}. A field left {@code null} takes the endpoint's option
 * ({@code codeMethod}, {@code language}); without this body, both come from the options.
 *
 * @param codeMethod how Graph sends the code, or {@code null} for the option {@code codeMethod}
 * @param language   the language of the message, a locale such as {@code en_US}, or {@code null} for the option
 *                   {@code language}
 */
public record RequestCodeRequest(CodeMethod codeMethod, String language) {

    /** How Graph sends the verification code. */
    public enum CodeMethod {
        SMS,
        VOICE
    }
}
