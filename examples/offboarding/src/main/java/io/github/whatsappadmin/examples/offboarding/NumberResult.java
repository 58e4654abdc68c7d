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
package io.github.whatsappadmin.examples.offboarding;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How one number ended: a line of the journal and a row of the report.
 *
 * @param phoneNumberId   the number
 * @param label           from the input
 * @param account         from the input, or ""
 * @param outcome         how it ended
 * @param status          Graph's {@code status} of the number, as the pre-check read it, or null when not read
 * @param platformType    Graph's {@code platform_type}, as the pre-check read it, or null when not read
 * @param category        the failure's category ({@code WhatsAppAdminException.getCategory()}), or null on success
 * @param graphCode       Graph's error code, or null
 * @param httpStatus      the HTTP status of the last answer, or null when none came
 * @param fbtraceId       Graph's trace ID of the last answer (quote it to Meta support), or null
 * @param attempts        deregister requests sent for it (each one of its register/deregister budget); the
 *                        pre-check's reads are in the attempt log only
 * @param durationMs      from the first request to the last answer, waits included
 * @param retryNotBefore  for {@link Outcome#RETRY_LATER}: the earliest time (ISO-8601) a new run sends it again
 * @param reason          the one-line reason a person acts on ({@link Reasons}), or null on success
 * @param message         what went wrong, in full (the exception's message), or null
 * @param completedAt     when it ended (ISO-8601)
 * @param fromPreviousRun true in a report when the result was taken from an earlier run's journal, not sent again
 * @param attemptLog      the requests sent for it (pre-check reads and deregisters), in order
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record NumberResult(
                           @JsonProperty("phone_number_id") String phoneNumberId,
                           @JsonProperty("label") String label,
                           @JsonProperty("account") String account,
                           @JsonProperty("outcome") Outcome outcome,
                           @JsonProperty("status") String status,
                           @JsonProperty("platform_type") String platformType,
                           @JsonProperty("category") String category,
                           @JsonProperty("graph_code") Integer graphCode,
                           @JsonProperty("http_status") Integer httpStatus,
                           @JsonProperty("fbtrace_id") String fbtraceId,
                           @JsonProperty("attempts") int attempts,
                           @JsonProperty("duration_ms") long durationMs,
                           @JsonProperty("retry_not_before") String retryNotBefore,
                           @JsonProperty("reason") String reason,
                           @JsonProperty("message") String message,
                           @JsonProperty("completed_at") String completedAt,
                           @JsonProperty("from_previous_run") boolean fromPreviousRun,
                           @JsonProperty("attempt_log") List<Attempt> attemptLog) {

    public NumberResult {
        attemptLog = attemptLog == null ? List.of() : List.copyOf(attemptLog);
    }

    /**
     * Whether a new run should leave this number alone: done, or refused for good, or not yet time to retry. A plan's
     * finding never is, should one reach a journal: what a read found is no deregister.
     */
    public boolean settled(Instant now) {
        if (outcome.planOnly()) {
            return false;
        }
        return outcome != Outcome.RETRY_LATER || (retryNotBefore != null && now.isBefore(Instant.parse(retryNotBefore)));
    }

    /** This result as reported by a later run, with the input's current label and account. */
    public NumberResult reportedAgain(NumberRow row) {
        return new NumberResult(phoneNumberId, row.label(), row.account(), outcome, status, platformType, category,
                graphCode, httpStatus, fbtraceId, attempts, durationMs, retryNotBefore, reason, message, completedAt,
                true, attemptLog);
    }
}
