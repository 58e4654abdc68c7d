/*
 * Copyright The camel-whatsapp-admin Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.whatsappadmin.camel.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.github.whatsappadmin.camel.error.WhatsAppAuthenticationException;
import io.github.whatsappadmin.camel.error.WhatsAppBadRequestException;
import io.github.whatsappadmin.camel.error.WhatsAppConnectionException;
import io.github.whatsappadmin.camel.error.WhatsAppGraphException;
import io.github.whatsappadmin.camel.error.WhatsAppNotFoundException;
import io.github.whatsappadmin.camel.error.WhatsAppPermissionException;
import io.github.whatsappadmin.camel.error.WhatsAppPhoneNumberStateException;
import io.github.whatsappadmin.camel.error.WhatsAppRateLimitException;
import io.github.whatsappadmin.camel.error.WhatsAppServerException;
import io.github.whatsappadmin.camel.model.GraphError;

/**
 * Turns a failed call into one typed exception. A Graph answer follows the classification table of the Graph error
 * codes: by {@code code} first (the same code arrives with different HTTP statuses), then by HTTP status, then by
 * {@code is_transient}; for a code the table lists, its row decides even against {@code is_transient}. A call without
 * an answer is retryable when the request surely was not sent (but never for a certificate or host-name failure), and,
 * when it may have been sent, only if repeating the operation is harmless.
 */
public final class ErrorClassifier {

    static final Duration NUMBER_BLOCKED = Duration.ofHours(72);
    static final Duration RECENTLY_DELETED_WAIT = Duration.ofMinutes(5);

    private static final Set<Integer> AUTHENTICATION = Set.of(0, 102, 104, 190);
    private static final Set<Integer> PERMISSION = Set.of(3, 10, 131031);
    private static final Set<Integer> RATE_LIMIT = Set.of(4, 17, 32, 613, 80007, 130429);
    private static final Set<Integer> SERVER = Set.of(1, 2, 131000, 131016, 133004);
    private static final Set<Integer> STATE = Set.of(133010, 133006);
    private static final int NOT_REGISTERED_SUBCODE = 2207051;
    private static final int OBJECT_NOT_FOUND_SUBCODE = 33;

    /** Graph's own phrases for code 100 answers that are not plain bad requests; whole words, any case. */
    private static final Pattern OBJECT_DOES_NOT_EXIST = phrase("object with id '[^']*' does not exist");
    private static final List<Pattern> STATE_PHRASES = List.of(
            phrase("(?:phone number|number|account) (?:is )?not registered"),
            phrase("not registered on the whatsapp business platform"),
            phrase("not currently linked"),
            phrase("not available for (?:[\\w-]+ ){0,6}smb business(?:es)?"),
            phrase("cannot be (?:de)?registered in its current state"),
            // Meta's description of register and request_code (422, code 100)
            phrase("(?:already registered or )?in invalid state for registration"),
            phrase("not eligible for verification"));

    enum Kind { AUTHENTICATION, PERMISSION, NOT_FOUND, RATE_LIMIT, PHONE_NUMBER_STATE, BAD_REQUEST, SERVER, UNEXPECTED }

    record Decision(Kind kind, boolean retryable, Duration retryAfter) {
    }

    private ErrorClassifier() {
    }

    private static Pattern phrase(String regex) {
        return Pattern.compile("\\b" + regex + "\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * @param hint   how long Graph asked to wait (usage headers or {@code Retry-After}), or {@code null}
     * @param reason the reason phrase the server sent (redacted), or {@code null} for the standard one
     */
    static WhatsAppGraphException classify(GraphError error, Duration hint, String reason, String message,
                                           String operation, String phoneNumberId) {
        WhatsAppGraphException e = exception(decide(error, hint), error, message, operation, phoneNumberId);
        e.setHttpResponseStatus(reason != null && !reason.isBlank() ? reason : ReasonPhrases.of(error.httpStatus()));
        return e;
    }

    private static WhatsAppGraphException exception(Decision d, GraphError error, String message, String operation,
                                                    String phoneNumberId) {
        return switch (d.kind()) {
            case AUTHENTICATION -> new WhatsAppAuthenticationException(
                    message, operation, phoneNumberId, error, d.retryable(), d.retryAfter());
            case PERMISSION -> new WhatsAppPermissionException(
                    message, operation, phoneNumberId, error, d.retryable(), d.retryAfter());
            case NOT_FOUND -> new WhatsAppNotFoundException(
                    message, operation, phoneNumberId, error, d.retryable(), d.retryAfter());
            case RATE_LIMIT -> new WhatsAppRateLimitException(
                    message, operation, phoneNumberId, error, d.retryable(), d.retryAfter());
            case PHONE_NUMBER_STATE -> new WhatsAppPhoneNumberStateException(
                    message, operation, phoneNumberId, error, d.retryable(), d.retryAfter());
            case BAD_REQUEST -> new WhatsAppBadRequestException(
                    message, operation, phoneNumberId, error, d.retryable(), d.retryAfter());
            case SERVER -> new WhatsAppServerException(
                    message, operation, phoneNumberId, error, d.retryable(), d.retryAfter());
            case UNEXPECTED -> new WhatsAppGraphException(
                    message, operation, phoneNumberId, error, d.retryable(), d.retryAfter());
        };
    }

    static Decision decide(GraphError error, Duration hint) {
        if (error.code() != null) {
            Decision byCode = byCode(error, hint);
            if (byCode != null) {
                return byCode;
            }
        }
        boolean transientError = Boolean.TRUE.equals(error.transientError());
        int status = error.httpStatus();
        if (status == 407) {
            // the proxy, not Graph, refused: a configuration problem that a retry cannot fix
            return new Decision(Kind.UNEXPECTED, false, null);
        }
        if (status == 401) {
            return new Decision(Kind.AUTHENTICATION, transientError, transientError ? hint : null);
        }
        if (status == 403) {
            return new Decision(Kind.PERMISSION, transientError, transientError ? hint : null);
        }
        if (status == 404) {
            return new Decision(Kind.NOT_FOUND, transientError, transientError ? hint : null);
        }
        if (status == 429) {
            return new Decision(Kind.RATE_LIMIT, true, hint);
        }
        if (status >= 500) {
            return new Decision(Kind.SERVER, true, hint);
        }
        if (status >= 400) {
            return new Decision(Kind.BAD_REQUEST, transientError, transientError ? hint : null);
        }
        // A 2xx that is not a success, or a 1xx/3xx: never report success that did not happen.
        return new Decision(Kind.UNEXPECTED, transientError, transientError ? hint : null);
    }

    private static Decision byCode(GraphError error, Duration hint) {
        int code = error.code();
        if (AUTHENTICATION.contains(code)) {
            return new Decision(Kind.AUTHENTICATION, false, null);
        }
        if (PERMISSION.contains(code) || (code >= 200 && code <= 299)) {
            return new Decision(Kind.PERMISSION, false, null);
        }
        if (code == 803) {
            return new Decision(Kind.NOT_FOUND, false, null);
        }
        if (RATE_LIMIT.contains(code)) {
            return new Decision(Kind.RATE_LIMIT, true, hint);
        }
        if (code == 133016) {
            return new Decision(Kind.RATE_LIMIT, false, NUMBER_BLOCKED);
        }
        if (STATE.contains(code)) {
            return new Decision(Kind.PHONE_NUMBER_STATE, false, null);
        }
        if (code == 133015) {
            return new Decision(Kind.PHONE_NUMBER_STATE, true, RECENTLY_DELETED_WAIT);
        }
        if (code == 133000) {
            return new Decision(Kind.PHONE_NUMBER_STATE, true, hint);
        }
        if (SERVER.contains(code)) {
            return new Decision(Kind.SERVER, true, hint);
        }
        if (code == 100) {
            return code100(error);
        }
        return null;
    }

    /**
     * The exception for a call that got no complete answer.
     *
     * @param subject          what the call acted on, for the message: {@code phone number 1},
     *                         {@code business account 2}
     * @param harmlessToRepeat whether sending the operation twice does no harm (reads, deregister, setTwoStepPin), so
     *                         that a failure after the request may have been sent is still retryable
     * @param baseUrl          the configured base URL, named in the message
     * @param redactor         the call's secrets: the transport's detail and cause may quote what the server sent
     */
    public static WhatsAppConnectionException connectionFailure(TransportFailure failure, String operation,
                                                                String phoneNumberId, String subject,
                                                                boolean harmlessToRepeat,
                                                                long connectTimeoutMillis, long requestTimeoutMillis,
                                                                String baseUrl, Redactor redactor) {
        boolean sent = failure.requestSent();
        boolean retryable = failure.kind() != TransportFailure.Kind.CERTIFICATE && (!sent || harmlessToRepeat);
        String detail = failure.detail() == null || failure.detail().isBlank()
                ? "" : " (" + redactor.redact(failure.detail()) + ")";
        String why = switch (failure.kind()) {
            case UNKNOWN_HOST -> "unknown host" + detail + ": check baseUrl and the DNS (or proxyHost)";
            case CONNECTION_REFUSED -> "connection refused" + detail;
            case CONNECT_TIMEOUT -> "no connection within connectTimeout " + connectTimeoutMillis + " ms" + detail;
            case TLS_HANDSHAKE -> "TLS failure, the handshake did not complete" + detail;
            case CERTIFICATE -> "TLS failure, the server's certificate or host name did not verify" + detail
                                + ": check baseUrl, and sslContextParameters for a private CA; a retry cannot fix this";
            case PROXY_TUNNEL -> "the proxy refused the tunnel to Graph" + detail
                                 + "; if it asks for credentials (407), set proxyUsername and proxyPassword";
            case CONNECTION_LOST -> "the connection broke before the answer was complete" + detail;
            case MALFORMED_RESPONSE -> "the answer was not valid HTTP" + detail;
            case TIMEOUT -> "no complete answer within requestTimeout " + requestTimeoutMillis + " ms" + detail;
            case STOPPED -> "the component stopped before the call completed" + detail;
            case OTHER -> "connection failed" + detail;
        };
        String delivery;
        if (!sent) {
            delivery = "nothing was sent";
        } else if (harmlessToRepeat) {
            delivery = "Graph may have received the request; repeating " + operation + " is harmless";
        } else {
            delivery = "Graph may have received the request, so it is not retryable: check the number's state before"
                       + " repeating " + operation;
        }
        String message = redactor.redact(operation + (subject != null ? " of " + subject : "")
                                         + " failed: " + why + "; " + delivery + " [" + baseUrl + "]");
        return new WhatsAppConnectionException(message, operation, phoneNumberId, retryable, sent,
                redactedCause(failure.cause(), redactor));
    }

    /**
     * The cause as it is when no message in its chain holds a secret; else a plain {@link IOException} with the
     * redacted text and the same stack trace, so that no secret survives in a stack trace or a serialized copy.
     */
    private static Throwable redactedCause(Throwable cause, Redactor redactor) {
        boolean clean = true;
        for (Throwable t = cause; t != null && clean; t = t.getCause() == t ? null : t.getCause()) {
            clean = t.getMessage() == null || t.getMessage().equals(redactor.redact(t.getMessage()));
        }
        if (clean) {
            return cause;
        }
        String text = cause.getMessage() == null ? "" : ": " + redactor.redact(cause.getMessage());
        IOException copy = new IOException(cause.getClass().getName() + text,
                redactedCause(cause.getCause(), redactor));
        copy.setStackTrace(cause.getStackTrace());
        return copy;
    }

    /** Code 100 covers not-found, state and plain bad requests: Graph tells them apart by subcode and text only. */
    private static Decision code100(GraphError error) {
        Integer subcode = error.subcode();
        if (subcode != null && subcode == OBJECT_NOT_FOUND_SUBCODE) {
            return new Decision(Kind.NOT_FOUND, false, null);
        }
        if (subcode != null && subcode == NOT_REGISTERED_SUBCODE) {
            return new Decision(Kind.PHONE_NUMBER_STATE, false, null);
        }
        String text = nullToEmpty(error.message()) + "\n" + nullToEmpty(error.errorDetails());
        if (OBJECT_DOES_NOT_EXIST.matcher(text).find()) {
            return new Decision(Kind.NOT_FOUND, false, null);
        }
        for (Pattern phrase : STATE_PHRASES) {
            if (phrase.matcher(text).find()) {
                return new Decision(Kind.PHONE_NUMBER_STATE, false, null);
            }
        }
        return new Decision(Kind.BAD_REQUEST, false, null);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
