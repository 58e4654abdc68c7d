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

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.whatsappadmin.camel.error.WhatsAppGraphException;
import io.github.whatsappadmin.camel.model.GraphError;
import io.github.whatsappadmin.camel.model.GraphUsage;

/**
 * Reads one Graph answer: a usable 2xx JSON value, or a {@link GraphError} with its typed exception. Any body is
 * accepted without throwing: HTML from a proxy, an empty body, broken JSON. Every value taken from the answer, headers
 * and body alike, is redacted of the call's secrets before it reaches a header, a message, an exception or a log line.
 */
public final class GraphAnswerReader {

    /** How much of a failed answer's body is kept on the exception and the error model. */
    static final int KEPT_BODY = 4 * 1024;

    /** How much of a header value a message quotes. */
    private static final int QUOTED_HEADER = 200;

    private GraphAnswerReader() {
    }

    /**
     * What an answer said. Exactly one of {@code json} and {@code failure} is set.
     *
     * @param status    the HTTP status
     * @param fbTraceId Graph's trace ID (body, else the {@code x-fb-trace-id} header), redacted; or {@code null}
     * @param usage     the usage headers, or {@code null}
     * @param json      the strictly parsed, redacted body of a 2xx answer without an error envelope, read whole
     *                  (nothing after the value, no key twice, not cut at the read limit); else {@code null}
     * @param failure   the exception when the answer is not a usable 2xx JSON value; else {@code null}
     */
    public record Answer(int status, String fbTraceId, GraphUsage usage, JsonNode json,
                         WhatsAppGraphException failure) {
    }

    /**
     * @param phoneNumberId the phone number ID for the exception, or {@code null} for an operation on a business
     *                      account
     * @param subject       what the call acted on, for the message: {@code phone number 1}, {@code business account 2}
     */
    public static Answer read(GraphResponse response, String operation, String phoneNumberId, String subject,
                              Redactor redactor) {
        GraphResponse answer = redactedHeaders(response, redactor);
        int status = answer.status();
        String traceHeader = answer.firstHeader("x-fb-trace-id").orElse(null);
        GraphUsage usage = UsageParser.parse(answer);
        Json.Strict strict = Json.strict(response.body());
        JsonNode tree = redactor.redact(strict.node() != null ? strict.node() : Json.lenientOrNull(response.body()));
        JsonNode errorNode = tree != null && tree.isObject() ? tree.get("error") : null;
        boolean twoHundred = status >= 200 && status < 300;
        if (twoHundred && errorNode == null && strict.node() != null && !response.truncated()) {
            return new Answer(status, traceHeader, usage, tree, null);
        }

        String body = keptBody(response, redactor);
        GraphError error = errorNode != null && errorNode.isObject()
                ? fromEnvelope(errorNode, status, traceHeader, usage, body)
                : new GraphError(status, null, null, null, null, traceHeader, null, null, null, null, null, body,
                        usage);
        Duration hint = usage != null ? usage.timeToRegainAccess().orElse(null) : null;
        if (hint == null) {
            hint = RetryAfter.parse(answer.firstHeader("retry-after").orElse(null), Instant.now());
        }
        String why = error.code() != null ? graphError(error)
                : twoHundred ? notUsable(response, strict) : notGraph(answer, response);
        String message = redactor.redact(message(operation, subject, why, error));
        return new Answer(status, error.fbtraceId(), usage, null,
                ErrorClassifier.classify(error, hint, answer.reason(), message, operation, phoneNumberId));
    }

    /**
     * A plain, not retryable failure for a 2xx JSON answer that is not the operation's success shape.
     *
     * @param expected what the operation expected, for the message, such as {@code {"success": true}}
     */
    public static WhatsAppGraphException unexpected(GraphResponse response, String operation, String phoneNumberId,
                                                    String subject, Redactor redactor, String expected) {
        GraphResponse answer = redactedHeaders(response, redactor);
        GraphError error = new GraphError(answer.status(), null, null, null, null,
                answer.firstHeader("x-fb-trace-id").orElse(null), null, null, null, null, null,
                keptBody(response, redactor), UsageParser.parse(answer));
        String message = redactor.redact(message(operation, subject, "the answer was not " + expected, error));
        WhatsAppGraphException e = new WhatsAppGraphException(message, operation, phoneNumberId, error, false, null);
        String reason = answer.reason();
        e.setHttpResponseStatus(reason != null && !reason.isBlank() ? reason : ReasonPhrases.of(answer.status()));
        return e;
    }

    /** The answer with its reason phrase and every header value redacted, so that no later use can miss one. */
    private static GraphResponse redactedHeaders(GraphResponse response, Redactor redactor) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        response.headers().forEach((name, values) -> {
            List<String> redacted = new ArrayList<>(values.size());
            values.forEach(v -> redacted.add(redactor.redact(v)));
            headers.put(redactor.redact(name), redacted);
        });
        return new GraphResponse(response.status(), redactor.redact(response.reason()), headers, response.body(),
                response.truncated());
    }

    private static GraphError fromEnvelope(JsonNode e, int status, String traceHeader, GraphUsage usage,
                                           String body) {
        JsonNode data = e.get("error_data");
        Map<String, Object> errorData = new LinkedHashMap<>();
        String details = null;
        if (data != null && data.isObject()) {
            data.fields().forEachRemaining(f -> {
                if (!f.getValue().isNull()) {
                    errorData.put(f.getKey(), f.getValue().isValueNode() ? f.getValue().asText()
                            : f.getValue().toString());
                }
            });
            details = textOrNull(data.get("details"));
        } else if (data != null && !data.isNull()) {
            details = data.isTextual() ? data.asText() : data.toString();
        }
        String fbtraceId = textOrNull(e.get("fbtrace_id"));
        JsonNode transientNode = e.get("is_transient");
        return new GraphError(status, intOrNull(e.get("code")), intOrNull(e.get("error_subcode")),
                textOrNull(e.get("type")), textOrNull(e.get("message")),
                fbtraceId != null ? fbtraceId : traceHeader,
                transientNode != null && transientNode.isBoolean() ? transientNode.booleanValue() : null,
                textOrNull(e.get("error_user_title")), textOrNull(e.get("error_user_msg")),
                errorData, details, body, usage);
    }

    private static String message(String operation, String subject, String why, GraphError error) {
        StringBuilder sb = new StringBuilder(operation)
                .append(subject != null ? " of " + subject : "").append(" failed: ")
                .append(why).append(" [HTTP ").append(error.httpStatus());
        if (error.fbtraceId() != null) {
            sb.append(", fbtrace_id ").append(error.fbtraceId());
        }
        return sb.append(']').toString();
    }

    private static String graphError(GraphError error) {
        StringBuilder sb = new StringBuilder("Graph error ").append(error.code());
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
        return sb.toString();
    }

    /** Why a 2xx answer without a Graph error code is not a usable answer: never report success that did not happen. */
    private static String notUsable(GraphResponse response, Json.Strict strict) {
        if (response.truncated()) {
            return "the answer is longer than the " + GraphResponse.READ_LIMIT / 1024 + " KiB read limit, so it was"
                   + " not read whole and cannot be trusted as a success";
        }
        if (strict.node() == null) {
            return "the answer is not one strict JSON value: " + strict.problem();
        }
        // only an "error" without a code is left: a 2xx that is strict JSON without one is a usable answer
        return "the answer carries an \"error\" without a Graph error code";
    }

    /** Why a non-2xx answer without a Graph error code is not a Graph answer. */
    private static String notGraph(GraphResponse answer, GraphResponse response) {
        int status = answer.status();
        if (status == 407) {
            return "the proxy asks for authentication (407): set proxyUsername and proxyPassword";
        }
        if (status >= 300 && status < 400) {
            return "Graph answered with a redirect" + answer.firstHeader("location").map(l -> " to " + quoted(l))
                    .orElse("") + ", which is never followed";
        }
        String type = answer.firstHeader("content-type").map(GraphAnswerReader::quoted).orElse("no content type");
        return "the answer is not a Graph answer (" + type + ", " + response.body().length
               + (response.truncated() ? "+" : "") + " bytes): a proxy or load balancer in front of Graph?";
    }

    private static String quoted(String headerValue) {
        return headerValue.length() > QUOTED_HEADER ? headerValue.substring(0, QUOTED_HEADER) + "..." : headerValue;
    }

    private static String keptBody(GraphResponse response, Redactor redactor) {
        // redact before cutting, so that no piece of a secret survives at the cut
        String redacted = redactor.redact(response.text());
        return redacted.length() > KEPT_BODY ? redacted.substring(0, KEPT_BODY) : redacted;
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
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
}
