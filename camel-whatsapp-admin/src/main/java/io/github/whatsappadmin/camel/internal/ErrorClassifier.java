package io.github.whatsappadmin.camel.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import io.github.whatsappadmin.camel.error.WhatsAppAuthenticationException;
import io.github.whatsappadmin.camel.error.WhatsAppBadRequestException;
import io.github.whatsappadmin.camel.error.WhatsAppGraphException;
import io.github.whatsappadmin.camel.error.WhatsAppNotFoundException;
import io.github.whatsappadmin.camel.error.WhatsAppPermissionException;
import io.github.whatsappadmin.camel.error.WhatsAppPhoneNumberStateException;
import io.github.whatsappadmin.camel.error.WhatsAppRateLimitException;
import io.github.whatsappadmin.camel.error.WhatsAppServerException;
import io.github.whatsappadmin.camel.model.GraphError;

/**
 * Turns a failed answer into one typed exception, following the classification table of the Graph error codes: by
 * {@code code} first (the same code arrives with different HTTP statuses), then by HTTP status, then by
 * {@code is_transient}. For a code the table lists, its row decides even against {@code is_transient}.
 */
final class ErrorClassifier {

    static final Duration NUMBER_BLOCKED = Duration.ofHours(72);
    static final Duration RECENTLY_DELETED_WAIT = Duration.ofMinutes(5);

    private static final Set<Integer> AUTHENTICATION = Set.of(0, 102, 104, 190);
    private static final Set<Integer> PERMISSION = Set.of(3, 10, 131031);
    private static final Set<Integer> RATE_LIMIT = Set.of(4, 17, 32, 613, 80007, 130429);
    private static final Set<Integer> SERVER = Set.of(1, 2, 131000, 131016, 133004);
    private static final Set<Integer> STATE = Set.of(133010, 133006);
    private static final int NOT_REGISTERED_SUBCODE = 2207051;
    private static final int OBJECT_NOT_FOUND_SUBCODE = 33;

    enum Kind { AUTHENTICATION, PERMISSION, NOT_FOUND, RATE_LIMIT, PHONE_NUMBER_STATE, BAD_REQUEST, SERVER, UNEXPECTED }

    record Decision(Kind kind, boolean retryable, Duration retryAfter) {
    }

    private ErrorClassifier() {
    }

    /**
     * @param hint how long Graph asked to wait (usage headers or {@code Retry-After}), or {@code null}
     */
    static WhatsAppGraphException classify(GraphError error, Duration hint, String message, String operation,
                                           String phoneNumberId) {
        Decision d = decide(error, hint);
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

    /** Code 100 covers not-found, state and plain bad requests: Graph tells them apart by subcode and text only. */
    private static Decision code100(GraphError error) {
        Integer subcode = error.subcode();
        if (subcode != null && subcode == OBJECT_NOT_FOUND_SUBCODE) {
            return new Decision(Kind.NOT_FOUND, false, null);
        }
        if (subcode != null && subcode == NOT_REGISTERED_SUBCODE) {
            return new Decision(Kind.PHONE_NUMBER_STATE, false, null);
        }
        String text = (nullToEmpty(error.message()) + " " + nullToEmpty(error.errorDetails())).toLowerCase(Locale.ROOT);
        if (text.contains("does not exist")) {
            return new Decision(Kind.NOT_FOUND, false, null);
        }
        if (text.contains("not registered") || text.contains("not currently linked") || text.contains("not linked")
                || text.contains("smb")) {
            return new Decision(Kind.PHONE_NUMBER_STATE, false, null);
        }
        return new Decision(Kind.BAD_REQUEST, false, null);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
