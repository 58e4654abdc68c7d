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

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.whatsappadmin.camel.WhatsAppAdminOperation;

/**
 * One request sent for a number, as the journal and report.json keep it.
 *
 * @param operation  the component's operation: {@code getPhoneNumber} (the pre-check) or {@code deregister}
 * @param startedAt  when it was sent (ISO-8601)
 * @param durationMs until its answer or failure
 * @param outcome    {@link #SUCCESS} or {@link #FAILURE}
 * @param category   the failure's category, or null
 * @param graphCode  Graph's error code, or null
 * @param httpStatus the answer's HTTP status, or null when none came
 * @param fbtraceId  Graph's trace ID of the answer, or null
 * @param reason     the failure's one-line reason ({@link Reasons}), or null
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record Attempt(
               @JsonProperty("operation") String operation,
               @JsonProperty("started_at") String startedAt,
               @JsonProperty("duration_ms") long durationMs,
               @JsonProperty("outcome") String outcome,
               @JsonProperty("category") String category,
               @JsonProperty("graph_code") Integer graphCode,
               @JsonProperty("http_status") Integer httpStatus,
               @JsonProperty("fbtrace_id") String fbtraceId,
               @JsonProperty("reason") String reason) {

    static final String SUCCESS = "success";
    static final String FAILURE = "failure";
    static final String CHECK = WhatsAppAdminOperation.getPhoneNumber.name();
    static final String DEREGISTER = WhatsAppAdminOperation.deregister.name();

    boolean succeeded() {
        return SUCCESS.equals(outcome);
    }

    /** Whether it was a deregister: one of the number's register/deregister budget. */
    boolean deregister() {
        return DEREGISTER.equals(operation);
    }
}
