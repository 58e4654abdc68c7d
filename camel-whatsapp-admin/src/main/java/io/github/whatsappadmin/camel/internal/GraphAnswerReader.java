package io.github.whatsappadmin.camel.internal;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.whatsappadmin.camel.error.WhatsAppGraphException;
import io.github.whatsappadmin.camel.model.GraphError;
import io.github.whatsappadmin.camel.model.GraphUsage;

/**
 * Reads one Graph answer: a success ({@code {"success": true}} on a 2xx) or a {@link GraphError} with its typed
 * exception. Any body is accepted without throwing: HTML from a proxy, an empty body, broken JSON.
 */
public final class GraphAnswerReader {

    /** How much of a failed answer's body is kept on the exception and the error model. */
    static final int KEPT_BODY = 4 * 1024;

    private GraphAnswerReader() {
    }

    /** What an answer said. Exactly one of {@code success} and {@code failure} is set. */
    public record Answer(int status, String fbTraceId, GraphUsage usage, boolean success,
                         WhatsAppGraphException failure) {
    }

    public static Answer read(GraphResponse response, String operation, String phoneNumberId,
                              Redactor redactor) {
        int status = response.status();
        GraphResponse headers = response;
        String traceHeader = headers.firstHeader("x-fb-trace-id").orElse(null);
        GraphUsage usage = UsageParser.parse(headers);
        GraphResponse body = response;
        String text = body.text();
        JsonNode json = Json.readOrNull(text);

        JsonNode errorNode = json != null && json.isObject() ? json.get("error") : null;
        boolean successful = status >= 200 && status < 300 && errorNode == null && json != null
                             && json.path("success").isBoolean() && json.path("success").booleanValue();
        if (successful) {
            return new Answer(status, traceHeader, usage, true, null);
        }

        GraphError error = errorNode != null && errorNode.isObject()
                ? fromEnvelope(errorNode, status, traceHeader, usage, text, redactor)
                : new GraphError(status, null, null, null, null, traceHeader, null, null, null, null, null,
                        keptBody(text, redactor), usage);
        Duration hint = usage != null ? usage.timeToRegainAccess().orElse(null) : null;
        if (hint == null) {
            hint = retryAfter(headers);
        }
        String message = message(error, json != null, headers, operation, phoneNumberId, body);
        return new Answer(status, error.fbtraceId(), usage, false,
                ErrorClassifier.classify(error, hint, message, operation, phoneNumberId));
    }

    private static GraphError fromEnvelope(JsonNode e, int status, String traceHeader, GraphUsage usage, String text,
                                           Redactor redactor) {
        JsonNode data = e.get("error_data");
        Map<String, Object> errorData = new LinkedHashMap<>();
        String details = null;
        if (data != null && data.isObject()) {
            data.fields().forEachRemaining(f -> {
                if (!f.getValue().isNull()) {
                    errorData.put(f.getKey(), redactor.redact(f.getValue().isValueNode()
                            ? f.getValue().asText() : f.getValue().toString()));
                }
            });
            details = textOrNull(data.get("details"), redactor);
        } else if (data != null && !data.isNull()) {
            details = redactor.redact(data.isTextual() ? data.asText() : data.toString());
        }
        String fbtraceId = textOrNull(e.get("fbtrace_id"), redactor);
        JsonNode transientNode = e.get("is_transient");
        return new GraphError(status, intOrNull(e.get("code")), intOrNull(e.get("error_subcode")),
                textOrNull(e.get("type"), redactor), textOrNull(e.get("message"), redactor),
                fbtraceId != null ? fbtraceId : traceHeader,
                transientNode != null && transientNode.isBoolean() ? transientNode.booleanValue() : null,
                textOrNull(e.get("error_user_title"), redactor), textOrNull(e.get("error_user_msg"), redactor),
                errorData, details, keptBody(text, redactor), usage);
    }

    private static String message(GraphError error, boolean isJson, GraphResponse headers, String operation,
                                  String phoneNumberId, GraphResponse body) {
        StringBuilder sb = new StringBuilder(operation).append(" of phone number ").append(phoneNumberId)
                .append(" failed: ");
        if (error.code() != null) {
            sb.append("Graph error ").append(error.code());
            if (error.subcode() != null) {
                sb.append('/').append(error.subcode());
            }
            if (error.type() != null) {
                sb.append(" (").append(error.type()).append(')');
            }
            sb.append(": ").append(error.message());
            if (error.errorDetails() != null) {
                sb.append(" - ").append(error.errorDetails());
            }
        } else if (isJson && error.httpStatus() >= 200 && error.httpStatus() < 300) {
            sb.append("the answer was not {\"success\": true}");
        } else if (error.httpStatus() == 407) {
            sb.append("the proxy asks for authentication (407): set proxyUsername and proxyPassword");
        } else if (error.httpStatus() >= 300 && error.httpStatus() < 400) {
            sb.append("Graph answered with a redirect").append(headers.firstHeader("location")
                    .map(l -> " to " + l).orElse("")).append(", which is never followed");
        } else {
            String type = headers.firstHeader("content-type").orElse("no content type");
            sb.append("the answer is not a Graph answer (").append(type).append(", ")
                    .append(body.body().length).append(body.truncated() ? "+" : "")
                    .append(" bytes): a proxy or load balancer in front of Graph?");
        }
        sb.append(" [HTTP ").append(error.httpStatus());
        if (error.fbtraceId() != null) {
            sb.append(", fbtrace_id ").append(error.fbtraceId());
        }
        return sb.append(']').toString();
    }

    private static String keptBody(String text, Redactor redactor) {
        // redact before cutting, so that no piece of a secret survives at the cut
        String redacted = redactor.redact(text);
        return redacted.length() > KEPT_BODY ? redacted.substring(0, KEPT_BODY) : redacted;
    }

    private static String textOrNull(JsonNode node, Redactor redactor) {
        return node == null || node.isNull() ? null : redactor.redact(node.asText());
    }

    private static Integer intOrNull(JsonNode node) {
        if (node != null && node.isIntegralNumber() && node.canConvertToInt()) {
            return node.intValue();
        }
        if (node != null && node.isTextual() && node.asText().matches("-?\\d{1,9}")) {
            return Integer.valueOf(node.asText());
        }
        return null;
    }

    /** {@code Retry-After} as seconds or an HTTP date; {@code null} when absent or unreadable. */
    static Duration retryAfter(GraphResponse headers) {
        String value = headers.firstHeader("retry-after").map(String::trim).orElse(null);
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.matches("\\d{1,9}")) {
            return Duration.ofSeconds(Long.parseLong(value));
        }
        try {
            Duration d = Duration.between(ZonedDateTime.now(),
                    ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
            return d.isNegative() ? Duration.ZERO : d;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
