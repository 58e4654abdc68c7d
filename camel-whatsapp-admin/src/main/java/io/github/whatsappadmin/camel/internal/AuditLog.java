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

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per attempt on the logger {@code io.github.whatsappadmin.camel.audit}, for the operator's records: what was
 * done to which number (or business account), how it ended, and Graph's trace ID. Never a secret.
 */
public final class AuditLog {

    public static final String LOGGER_NAME = "io.github.whatsappadmin.camel.audit";

    private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);

    private AuditLog() {
    }

    public static void attempt(String operation, String phoneNumberId, String outcome, Integer httpStatus,
                               Integer graphCode, String fbtraceId, long durationMillis) {
        attempt(operation, "phoneNumberId", phoneNumberId, outcome, httpStatus, graphCode, fbtraceId, durationMillis);
    }

    /**
     * @param subject   what the ID stands for: {@code phoneNumberId}, or {@code businessAccountId} for an operation on
     *                  a business account
     * @param subjectId the ID, or {@code null} when it was missing or invalid
     */
    public static void attempt(String operation, String subject, String subjectId, String outcome,
                               Integer httpStatus, Integer graphCode, String fbtraceId, long durationMillis) {
        if (LOG.isInfoEnabled()) {
            LOG.info("operation={} {}={} outcome={} httpStatus={} graphCode={} fbtraceId={} durationMs={}",
                    operation, subject, orDash(subjectId), outcome, orDash(httpStatus), orDash(graphCode),
                    orDash(fbtraceId), durationMillis);
        }
    }

    private static Object orDash(Object value) {
        return value != null ? value : "-";
    }
}
