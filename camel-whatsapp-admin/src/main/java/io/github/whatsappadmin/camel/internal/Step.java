package io.github.whatsappadmin.camel.internal;

/** What an operation made of a 2xx JSON answer. */
public sealed interface Step {

    /** The call succeeded: {@code body} becomes the out body. */
    record Done(Object body) implements Step {
    }

    /** The call goes on with another request (the next page). */
    record Next(CallRequest request) implements Step {
    }

    /**
     * The answer is not the operation's success: a plain, not retryable failure.
     *
     * @param expected what was expected, for the message, such as {@code {"success": true}}
     */
    record Unexpected(String expected) implements Step {
    }
}
