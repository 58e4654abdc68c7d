package io.github.whatsappadmin.camel.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per attempt on the logger {@code io.github.whatsappadmin.camel.audit}, for the operator's records: what was
 * done to which number, how it ended, and Graph's trace ID. Never the token.
 */
public final class AuditLog {

    public static final String LOGGER_NAME = "io.github.whatsappadmin.camel.audit";

    private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);

    private AuditLog() {
    }

    public static void attempt(String operation, String phoneNumberId, String outcome, Integer httpStatus,
                               Integer graphCode, String fbtraceId, long durationMillis) {
        if (LOG.isInfoEnabled()) {
            LOG.info("operation={} phoneNumberId={} outcome={} httpStatus={} graphCode={} fbtraceId={} durationMs={}",
                    operation, phoneNumberId != null ? phoneNumberId : "-", outcome, orDash(httpStatus),
                    orDash(graphCode), orDash(fbtraceId), durationMillis);
        }
    }

    private static Object orDash(Object value) {
        return value != null ? value : "-";
    }
}
